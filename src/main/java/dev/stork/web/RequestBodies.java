package dev.stork.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;

/** Reads and checks command bodies: small JSON objects with known fields only. */
final class RequestBodies {
    /** Largest body accepted, bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestBodies() {
    }

    /** The body as a JSON object ({} when empty), refusing bodies over the limit and unknown fields. */
    static JsonNode object(Context ctx, Set<String> allowedFields) {
        byte[] body = limited(ctx);
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("the body could not be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRequest("the body must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                throw new BadRequest("unknown field '" + name + "'; allowed: " + allowedFields);
            }
        }
        return node;
    }

    /** Reads at most {@link #MAX_BODY_BYTES}; a longer body (declared or actual) is a bad request. */
    static byte[] limited(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw new BadRequest("the body is " + declared + " bytes; at most " + MAX_BODY_BYTES + " are accepted");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BadRequest("the body is longer than " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadRequest("the body could not be read: " + e.getMessage());
        }
    }
}
