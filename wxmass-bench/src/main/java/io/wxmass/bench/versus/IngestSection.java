package io.wxmass.bench.versus;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Section 1: {@link IngestBenchmark} under JMH (one fork, warmed up), plus the field-by-field check. */
final class IngestSection {
    record Score(String benchmark, double perSecond, double error) {
    }

    record Result(Score wxmass, Score wxJava, IngestCheck wxmassCheck, IngestCheck wxJavaCheck) {
        double ratio() {
            return wxmass.perSecond / wxJava.perSecond;
        }
    }

    private IngestSection() {
    }

    static Result run() throws RunnerException {
        IngestFixture fixture = new IngestFixture();
        IngestCheck wxmassCheck = IngestCheck.wxmass(fixture.wxmass(0));
        IngestCheck wxJavaCheck = IngestCheck.wxJava(fixture.wxJava(0));
        Options options = new OptionsBuilder()
                .include(IngestBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .threads(1)
                .verbosity(VerboseMode.SILENT)
                .build();
        // Other JMH runs on a shared build machine hold /tmp/jmh.lock for minutes; this harness must not stall
        // on them (their load is reported with the figures instead).
        System.setProperty("jmh.ignoreLock", System.getProperty("jmh.ignoreLock", "true"));
        Collection<RunResult> results = new Runner(options).run();
        Score wxmass = null;
        Score wxJava = null;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            Score s = new Score(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError());
            if (name.endsWith("wxmassHandler")) {
                wxmass = s;
            } else {
                wxJava = s;
            }
        }
        return new Result(wxmass, wxJava, wxmassCheck, wxJavaCheck);
    }
}
