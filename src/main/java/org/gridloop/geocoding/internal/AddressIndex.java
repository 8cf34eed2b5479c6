package org.gridloop.geocoding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An immutable in-memory Lucene index of the gazetteer. Every entry is indexed with its
 * normalized address analyzed by the {@link SmartChineseAnalyzer} ({@code text}), and as exact
 * terms its road's stem, its doorplate number and, for a point of interest, its name. A query is
 * normalized the same way; the road stem and the number it contains are recognised against the
 * gazetteer's own vocabulary and matched exactly with a boost, so that 平湖路88号 finds
 * 平湖大街88号 before 平湖大街86号. Safe for concurrent readers.
 */
final class AddressIndex {

    /** An entry found for a query with its Lucene score. */
    record Hit(GazetteerEntry entry, float score) {
    }

    private static final String TEXT = "text";
    private static final String STEM = "stem";
    private static final String NUMBER = "number";
    private static final String NAME = "name";
    private static final String SUBDISTRICT = "subdistrict";
    private static final String ORDINAL = "ordinal";

    private static final float STEM_BOOST = 6;
    private static final float NUMBER_BOOST = 4;
    private static final float NAME_BOOST = 12;
    private static final float SUBDISTRICT_BOOST = 1;

    /** The last number in the text, with or without 号 after it. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(\\d{1,5})(?:" + GazetteerEntry.NUMBER_SUFFIX
            + "|$)(?!.*\\d)");

    private final List<GazetteerEntry> entries;
    private final Analyzer analyzer = new SmartChineseAnalyzer(stopWords());
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private final Set<String> stems = new HashSet<>();
    private final Set<String> subdistricts = new HashSet<>();
    private final IndexSearcher searcher;

    private AddressIndex(List<GazetteerEntry> entries) throws IOException {
        this.entries = List.copyOf(entries);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int ordinal = 0; ordinal < this.entries.size(); ordinal++) {
                writer.addDocument(document(this.entries.get(ordinal), ordinal));
            }
            writer.forceMerge(1);
        }
        this.searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    static AddressIndex of(List<GazetteerEntry> entries) {
        try {
            return new AddressIndex(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the address index", e);
        }
    }

    int size() {
        return entries.size();
    }

    /** The entries matching a typed address, best first, at most {@code limit}. */
    List<Hit> search(String typed, int limit) {
        Query query = query(AddressNormalizer.normalize(typed));
        if (query == null) {
            return List.of();
        }
        try {
            ScoreDoc[] found = searcher.search(query, limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(found.length);
            for (ScoreDoc doc : found) {
                int ordinal = stored.document(doc.doc).getField(ORDINAL).numericValue().intValue();
                hits.add(new Hit(entries.get(ordinal), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the address index", e);
        }
    }

    /** The query for a normalized address; {@code null} when nothing in it can match. */
    Query query(String normalized) {
        if (normalized.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query text = queries.createBooleanQuery(TEXT, normalized, Occur.SHOULD);
        if (text != null) {
            query.add(text, Occur.SHOULD);
        }
        Matcher number = HOUSE_NUMBER.matcher(normalized);
        String beforeNumber = normalized;
        if (number.find()) {
            query.add(boosted(NUMBER, String.valueOf(Integer.parseInt(number.group(1))), NUMBER_BOOST), Occur.SHOULD);
            beforeNumber = normalized.substring(0, number.start());
        }
        String stem = lastOf(stems, beforeNumber);
        if (stem != null) {
            query.add(boosted(STEM, stem, STEM_BOOST), Occur.SHOULD);
        }
        String subdistrict = lastOf(subdistricts, beforeNumber);
        if (subdistrict != null) {
            query.add(boosted(SUBDISTRICT, subdistrict, SUBDISTRICT_BOOST), Occur.SHOULD);
        }
        query.add(boosted(NAME, normalized, NAME_BOOST), Occur.SHOULD);
        for (String name : subdistricts) {
            String withSuffix = name + GazetteerEntry.SUBDISTRICT_SUFFIX;
            if (normalized.startsWith(withSuffix) && normalized.length() > withSuffix.length()) {
                query.add(boosted(NAME, normalized.substring(withSuffix.length()), NAME_BOOST), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /**
     * SmartChineseAnalyzer's stop words (punctuation) and the two words nearly every entry has,
     * 街道 and 号: they tell no entry from another, and their long posting lists made up most of a
     * search's time. The number itself is matched in its own field.
     */
    private static CharArraySet stopWords() {
        CharArraySet words = CharArraySet.copy(SmartChineseAnalyzer.getDefaultStopSet());
        words.add(GazetteerEntry.SUBDISTRICT_SUFFIX);
        words.add(GazetteerEntry.NUMBER_SUFFIX);
        return words;
    }

    /** The word of the vocabulary that ends last in the text, the longest of those ending there. */
    private static String lastOf(Set<String> vocabulary, String text) {
        String best = null;
        int bestEnd = -1;
        for (String word : vocabulary) {
            int at = text.lastIndexOf(word);
            if (at >= 0) {
                int end = at + word.length();
                if (end > bestEnd || end == bestEnd && word.length() > best.length()) {
                    best = word;
                    bestEnd = end;
                }
            }
        }
        return best;
    }

    private static Query boosted(String field, String value, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, value)), boost);
    }

    private Document document(GazetteerEntry entry, int ordinal) {
        Document document = new Document();
        document.add(new StoredField(ORDINAL, ordinal));
        document.add(new TextField(TEXT, AddressNormalizer.normalize(entry.address()), Field.Store.NO));
        document.add(new StringField(SUBDISTRICT, entry.subdistrict(), Field.Store.NO));
        subdistricts.add(entry.subdistrict());
        if (entry.stem() != null) {
            document.add(new StringField(STEM, entry.stem(), Field.Store.NO));
            stems.add(entry.stem());
        }
        if (entry.houseNumber() != null) {
            document.add(new StringField(NUMBER, entry.houseNumber().toString(), Field.Store.NO));
        }
        if (entry.name() != null) {
            document.add(new StringField(NAME, AddressNormalizer.normalize(entry.name()), Field.Store.NO));
        }
        return document;
    }
}
