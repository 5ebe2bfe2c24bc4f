package io.wxmass.cli.command.draft;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.WxMass;
import io.wxmass.core.draft.DraftPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code wxmass draft list}: batchget, one page or (with --all) every draft. */
@Command(name = "list", description = "List drafts: one page, or every draft with --all.")
public final class DraftListCommand extends WxCommand {
    @Option(names = "--offset", defaultValue = "0", description = "First draft to show (default 0).")
    int offset;

    @Option(names = "--count", defaultValue = "20", description = "Drafts per page, 1 to 20 (default 20).")
    int count;

    @Option(names = "--all", description = "Every draft, page by page.")
    boolean all;

    @Option(names = "--with-content", description = "Include each article's content in the answer (left out by default).")
    boolean withContent;

    @Override
    protected int execute(ResolvedConfig config) {
        WxMass wx = connect(config);
        Map<String, Object> out = new LinkedHashMap<>();
        if (all) {
            List<Map<String, Object>> drafts = wx.drafts().all(!withContent).map(DraftResults::draft).toList();
            out.put("totalCount", drafts.size());
            out.put("drafts", drafts);
        } else {
            DraftPage page = wx.drafts().list(offset, count, !withContent);
            out.put("totalCount", page.totalCount());
            out.put("drafts", page.drafts().stream().map(DraftResults::draft).toList());
        }
        output().result(out);
        return ok();
    }
}
