package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.mass.Speed;
import io.wxmass.core.mass.MassApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code wxmass speed [--set LEVEL]}: read, or set then read, the mass-send speed. */
@Command(name = "speed", description = "Show the mass-send speed, or set it with --set (0 fastest .. 4 slowest).")
public final class SpeedCommand extends WxCommand {
    @Option(names = "--set", paramLabel = "LEVEL", description = "New speed level, 0 (80万/min) to 4 (10万/min).")
    Integer level;

    @Override
    protected int execute(ResolvedConfig config) {
        if (level != null && (level < Speed.MIN_LEVEL || level > Speed.MAX_LEVEL)) {
            throw new InvalidRequestException("speed", "must be " + Speed.MIN_LEVEL + " to " + Speed.MAX_LEVEL + ", was " + level);
        }
        MassApi mass = connect(config).mass();
        if (level != null) {
            mass.setSpeed(level);
        }
        Speed speed = mass.speed();
        Map<String, Object> result = Results.of("speed", speed.level());
        result.put("realspeed", speed.realSpeed());
        output().result(result);
        return ok();
    }
}
