package org.goveval.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.goveval.evaluation.scoring.ScoringException;
import org.goveval.evaluation.system.IndicatorSystemException;
import org.goveval.evaluation.table.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code goveval} executable's entry point. */
@Command(
        name = "goveval",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Government-website and digital-government evaluation: indicator systems, scores, ranks, tiers.",
        subcommands = {
            SystemsCommand.class,
            DivisionsCommand.class,
            ScoreCommand.class,
            RankCommand.class,
            FitWeightsCommand.class,
            PublishedCommand.class,
            ScanCommand.class,
            ProbeCommand.class,
            SitefarmCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class GovevalCommand implements Runnable {
    /** Exit status for input the user must correct (a file, a row, an option). */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs a command line with the given streams and returns the exit status; used by main and the tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GovevalCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("goveval: " + oneLine(e));
            commandLine.getErr().flush();
            if (e instanceof InputException
                    || e instanceof IllegalArgumentException
                    || e instanceof IndicatorSystemException) {
                return BAD_INPUT;
            }
            return 1;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static String oneLine(Exception e) {
        if (e instanceof ScoringException || e instanceof InputException || e instanceof IndicatorSystemException) {
            return String.valueOf(e.getMessage());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
