package org.gridloop.asset.internal;

import java.util.List;

/**
 * Why an asset of a file or request is refused.
 *
 * @param index      the feature's or row's position in the file, from 0 (0 for a single asset)
 * @param identifier the identifier as written, when there is one
 * @param field      the attribute at fault
 * @param code       the message code of the reason
 * @param arguments  the values the message shows
 */
public record AssetProblem(int index, String identifier, String field, String code, String defaultMessage,
        List<Object> arguments) {

    public AssetProblem {
        arguments = List.copyOf(arguments);
    }
}
