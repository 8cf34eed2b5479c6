package org.gridloop.field.web;

import org.gridloop.field.internal.FieldDictionaries;
import org.gridloop.field.internal.FieldDictionary;
import org.gridloop.identity.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The field app's dictionary of the signed-in inspector. Its {@code version} is also the
 * response's ETag: a request with {@code If-None-Match} of the current version is answered 304.
 */
@RestController
class FieldDictionaryController {

    private final FieldDictionaries dictionaries;

    FieldDictionaryController(FieldDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GetMapping("/api/v1/field/dictionary")
    @PreAuthorize("hasRole('INSPECTOR')")
    ResponseEntity<FieldDictionary> dictionary(Actor actor, WebRequest request) {
        FieldDictionary dictionary = dictionaries.of(actor.username());
        String etag = "\"" + dictionary.version() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache().cachePrivate()).body(dictionary);
    }
}
