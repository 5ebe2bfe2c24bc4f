package io.wxmass.sandbox.server;

import io.wxmass.sandbox.platform.Followers;

import java.util.Arrays;

/**
 * The body of a /user/get page, {@code {"total":..,"count":..,"data":{"openid":[..]},"next_openid":..}},
 * written straight to bytes: the page of 10,000 openids is the sandbox's largest answer and both SDKs of a
 * follower export wait on it, so it skips the tree (and the generator) every other answer goes through.
 * The sandbox's openids are base64url characters, which JSON strings take as they are, so each is written
 * from the follower store straight into the page ({@link Followers#writeOpenId}), with no String between.
 */
final class FollowerPageJson {
    private FollowerPageJson() {
    }

    static byte[] write(Followers f, int from, int to) {
        int count = Math.max(0, to - from);
        Bytes out = new Bytes(96 + count * (Followers.OPENID_LENGTH + 3)); // two quotes and a comma an openid
        out.ascii("{\"total\":").ascii(Integer.toString(f.size())).ascii(",\"count\":").ascii(Integer.toString(count));
        if (count > 0) {
            out.ascii(",\"data\":{\"openid\":[");
            for (int i = from; i < to; i++) {
                out.ascii(i == from ? "\"" : ",\"").openId(f, i).ascii("\"");
            }
            out.ascii("]}");
        }
        out.ascii(",\"next_openid\":\"");
        if (count > 0) {
            out.openId(f, to - 1);
        }
        return out.ascii("\"}").toByteArray();
    }

    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        Bytes ascii(String s) {
            room(s.length());
            s.getBytes(0, s.length(), bytes, size); // ASCII only: the deprecated form copies without an encoder
            size += s.length();
            return this;
        }

        /** The openid's bytes straight from the follower store: base64url characters, which need no JSON escape. */
        Bytes openId(Followers f, int index) {
            room(Followers.OPENID_LENGTH);
            f.writeOpenId(index, bytes, size);
            size += Followers.OPENID_LENGTH;
            return this;
        }

        private void room(int n) {
            if (bytes.length - size < n) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        byte[] toByteArray() {
            return bytes.length == size ? bytes : Arrays.copyOf(bytes, size);
        }
    }
}
