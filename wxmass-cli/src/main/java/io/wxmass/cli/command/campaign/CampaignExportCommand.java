package io.wxmass.cli.command.campaign;

import io.wxmass.cli.config.ResolvedConfig;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wxmass campaign export ID [--out FILE]}: recipients and outcomes as CSV. Written to the audit log. */
@Command(name = "export", description = "Recipients and outcomes as CSV (openid,batch,state,msg_id,status,errcode);"
        + " to stdout, or to --out FILE.")
final class CampaignExportCommand extends CampaignVerbCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of stdout.")
    Path out;

    @Override
    protected int execute(ResolvedConfig config) throws IOException {
        var service = service(config);
        if (out == null) {
            Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            service.export(id, stdout, actor());
            stdout.flush();
            return ok();
        }
        long lines;
        try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            lines = service.export(id, file, actor());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("campaignId", id);
        result.put("file", out.toString());
        result.put("recipients", lines);
        output().result(result);
        return ok();
    }
}
