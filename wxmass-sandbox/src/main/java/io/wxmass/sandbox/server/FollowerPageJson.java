package io.wxmass.sandbox.server;

import io.wxmass.sandbox.platform.Followers;

import java.util.Arrays;

/**
 * The body of a /user/get page, {@code {"total":..,"count":..,"data":{"openid":[..]},"next_openid":..}},
 * written straight to bytes: the page of 10,000 openids is the sandbox's largest answer and both SDKs of a
 * follower export wait on it, so it skips the tree (and the generator) every other answer goes through.
 * The sandbox's openids are base64url characters, which JSON strings take as they are.
 */
final class FollowerPageJson {
    private FollowerPageJson() {
    }

    static byte[] write(Followers f, int from, int to) {
        int count = Math.max(0, to - from);
        Bytes out = new Bytes(96 + count * 31); // 28 characters, two quotes and a comma an openid
        out.ascii("{\"total\":").ascii(Integer.toString(f.size())).ascii(",\"count\":").ascii(Integer.toString(count));
        if (count > 0) {
            out.ascii(",\"data\":{\"openid\":[");
            for (int i = from; i < to; i++) {
                out.ascii(i == from ? "\"" : ",\"").openId(f.openId(i)).ascii("\"");
            }
            out.ascii("]}");
        }
        out.ascii(",\"next_openid\":\"").openId(count > 0 ? f.openId(to - 1) : "").ascii("\"}");
        return out.toByteArray();
    }

    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        Bytes ascii(String s) {
            if (bytes.length - size < s.length()) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + s.length()));
            }
            s.getBytes(0, s.length(), bytes, size); // ASCII only: the deprecated form copies without an encoder
            size += s.length();
            return this;
        }

        Bytes openId(String openId) {
            for (int i = 0; i < openId.length(); i++) {
                char c = openId.charAt(i);
                if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                    throw new IllegalStateException("an openid of the sandbox needs no JSON escape: " + openId);
                }
            }
            return ascii(openId);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
