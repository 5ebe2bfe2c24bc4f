package io.wxmass.bench.followers;

import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Followers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue #17: the follower list of an instant sandbox (10,000,000 by default) to a file, side by side in one
 * run: {@code wxmass followers export FILE} (the CLI's own command, in-process) against WxJava's
 * {@code userList(next)} loop writing each page to a buffered file, as its users write it. Each export runs
 * in a child JVM under the same {@code -Xmx} (128m by default), so the heap figure is the exporter's alone
 * (the sandbox stays in this process); the child prints its seconds and the sum of the heap pools' peaks.
 * Every file is compared line by line with the sandbox's list before a figure counts. A third child, the
 * floor, GETs the same page chain raw and discards the bytes ({@link Floor}): the part of either SDK's time
 * that is the sandbox's and the loopback's, not the client's.
 *
 * <p>{@code java -cp benchmarks.jar io.wxmass.bench.followers.FollowerExportVersus [followers] [rounds] [xmx]};
 * exit 1 when a target is missed (≥ 2x WxJava's speed, ≤ 128 MB heap, file equal to the list).
 */
public final class FollowerExportVersus {
    private FollowerExportVersus() {
    }

    public static void main(String[] args) throws Exception {
        int followers = args.length > 0 ? Integer.parseInt(args[0]) : Followers.MAX_SIZE;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String xmx = args.length > 2 ? args[2] : "128m";
        Path dir = Files.createTempDirectory("wxmass-export-bench");
        List<ExportChild.Figures> wx = new ArrayList<>();
        List<ExportChild.Figures> wj = new ArrayList<>();
        List<ExportChild.Figures> floor = new ArrayList<>();
        boolean allEqual = true;
        try (Sandbox sandbox = Sandbox.builder().followers(followers).instant(true).start()) {
            System.out.printf("followers %,d, child heap -Xmx%s, %d rounds%n%n", followers, xmx, rounds);
            System.out.println("| round | SDK | seconds | peak heap (MB, sum of pool peaks) | file equal to the list |");
            System.out.println("|---|---|---|---|---|");
            for (int round = 1; round <= rounds; round++) {
                // Alternate who goes first, so neither always runs on the warmer machine.
                for (String sdk : round % 2 == 1 ? List.of("floor", "wxmass", "wxjava") : List.of("wxjava", "wxmass", "floor")) {
                    Path file = dir.resolve(sdk + "-" + round + ".txt");
                    ExportChild.Figures f = ExportChild.run(sdk, xmx, file, sandbox);
                    if (sdk.equals("floor")) { // it writes no file: the sandbox's pages and the transfer alone
                        floor.add(f);
                        System.out.printf("| %d | floor (raw GETs, bytes discarded) | %.2f | %.1f | - |%n", round, f.seconds(),
                                f.peakHeapBytes() / 1e6);
                        continue;
                    }
                    boolean equal = equalsList(file, sandbox.account().followers());
                    allEqual &= equal;
                    (sdk.equals("wxmass") ? wx : wj).add(f);
                    System.out.printf("| %d | %s | %.2f | %.1f | %s |%n", round, sdk.equals("wxmass") ? "wxmass" : "WxJava",
                            f.seconds(), f.peakHeapBytes() / 1e6, equal);
                    Files.deleteIfExists(file);
                }
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        double wxBest = wx.stream().mapToDouble(ExportChild.Figures::seconds).min().orElseThrow();
        double wjBest = wj.stream().mapToDouble(ExportChild.Figures::seconds).min().orElseThrow();
        double floorBest = floor.stream().mapToDouble(ExportChild.Figures::seconds).min().orElseThrow();
        double wxPeak = wx.stream().mapToDouble(ExportChild.Figures::peakHeapBytes).max().orElseThrow() / 1e6;
        double speedup = wjBest / wxBest;
        boolean fast = speedup >= 2.0;
        boolean small = wxPeak <= 128.0;
        System.out.printf("%nbest of %d: floor %.2f s, wxmass %.2f s, WxJava %.2f s: %.2fx%n", rounds, floorBest, wxBest, wjBest, speedup);
        System.out.printf("above the floor: wxmass %.2f s, WxJava %.2f s (%.2fx); the floor is %.0f %% of wxmass's time%n",
                wxBest - floorBest, wjBest - floorBest, (wjBest - floorBest) / Math.max(1e-9, wxBest - floorBest), 100 * floorBest / wxBest);
        System.out.printf("Target: >= 2x WxJava - %s (%.2fx)%n", fast ? "PASS" : "MISS", speedup);
        System.out.printf("Target: <= 128 MB heap (wxmass) - %s (%.1f MB)%n", small ? "PASS" : "MISS", wxPeak);
        System.out.printf("Target: every file equal to the sandbox's list - %s%n", allEqual ? "PASS" : "MISS");
        System.exit(fast && small && allEqual ? 0 : 1);
    }

    private static boolean equalsList(Path file, Followers followers) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int i = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), i++) {
                if (i >= followers.size() || !line.equals(followers.openId(i))) {
                    return false;
                }
            }
            return i == followers.size();
        }
    }
}
