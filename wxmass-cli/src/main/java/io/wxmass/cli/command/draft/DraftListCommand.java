package io.wxmass.cli.command.draft;

import io.wxmass.cli.command.PageOptions;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.WxMass;
import io.wxmass.core.draft.DraftPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code wxmass draft list}: batchget, one page or (with --all) every draft. */
@Command(name = "list", description = "List drafts: one page, or every draft with --all.")
final class DraftListCommand extends WxCommand {
    @Mixin
    PageOptions page;

    @Option(names = "--all", description = "Every draft, page by page.")
    boolean all;

    @Override
    protected int execute(ResolvedConfig config) {
        WxMass wx = connect(config);
        Map<String, Object> out = new LinkedHashMap<>();
        if (all) {
            List<Map<String, Object>> drafts = wx.drafts().all(page.noContent()).map(DraftResults::draft).toList();
            out.put("totalCount", drafts.size());
            out.put("drafts", drafts);
        } else {
            DraftPage drafts = wx.drafts().list(page.offset, page.count, page.noContent());
            out.put("totalCount", drafts.totalCount());
            out.put("drafts", drafts.drafts().stream().map(DraftResults::draft).toList());
        }
        output().result(out);
        return ok();
    }
}
