package io.wxmass.core.audience;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.http.StreamedAnswer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A page of /user/get or /user/tag/get read as it streams past:
 * {@code {"total":..,"count":..,"data":{"openid":[..]},"next_openid":..}}, the last page possibly without
 * {@code data}. Each openid goes to {@link #openId} as the parser meets it, so no tree and no list of nodes
 * is built for the 10,000 of a page. One instance per attempt.
 */
abstract class OpenIdPageAnswer<T> implements StreamedAnswer<T> {
    private final String endpoint;
    private String nextOpenId = "";
    private OptionalLong total = OptionalLong.empty();

    OpenIdPageAnswer(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Takes the string the parser stands on. */
    abstract void openId(JsonParser parser) throws IOException;

    @Override
    public final void field(String name, JsonParser value) throws IOException {
        switch (name) {
            case "data" -> data(value);
            case "next_openid" -> nextOpenId = value.currentToken().isScalarValue() && value.currentToken() != JsonToken.VALUE_NULL
                    ? value.getValueAsString() : skip(value);
            case "total" -> total = number(value, "total");
            default -> value.skipChildren();
        }
    }

    final String nextOpenId() {
        return nextOpenId;
    }

    final OptionalLong total() {
        return total;
    }

    private void data(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            if (!name.equals("openid")) {
                p.skipChildren();
            } else if (token != JsonToken.START_ARRAY) {
                throw malformed("data.openid is not an array");
            } else {
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t != JsonToken.VALUE_STRING) {
                        throw malformed("data.openid holds a value that is not a string");
                    }
                    openId(p);
                }
            }
        }
    }

    private OptionalLong number(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return OptionalLong.empty();
        }
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return OptionalLong.of(p.getLongValue());
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return OptionalLong.of(Long.parseLong(p.getText().trim()));
            } catch (NumberFormatException e) {
                throw malformed(field + " is not a number: " + p.getText());
            }
        }
        throw malformed(field + " is not a number");
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return "";
    }

    private TransportException malformed(String what) {
        // The wording of AnswerReader.malformed, for a read: the outcome is known, nothing was changed.
        return new TransportException("answer " + what, endpoint, null, false, null);
    }

    /** Into an {@link OpenIdPage}: the openids as strings, for the lazy streams. */
    static final class Strings extends OpenIdPageAnswer<OpenIdPage> {
        private final List<String> openIds = new ArrayList<>();

        Strings(String endpoint) {
            super(endpoint);
        }

        @Override
        void openId(JsonParser parser) throws IOException {
            openIds.add(parser.getText());
        }

        @Override
        public OpenIdPage result() {
            return new OpenIdPage(openIds, nextOpenId(), total());
        }
    }

    /** Into {@link OpenIdLines}: each openid's characters encoded straight into the page's UTF-8 lines. */
    static final class Lines extends OpenIdPageAnswer<OpenIdLines> {
        private final Utf8Lines lines = new Utf8Lines();

        Lines(String endpoint) {
            super(endpoint);
        }

        @Override
        void openId(JsonParser parser) throws IOException {
            lines.add(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        }

        @Override
        public OpenIdLines result() {
            return new OpenIdLines(lines.toByteArray(), lines.count(), nextOpenId(), total());
        }
    }
}
