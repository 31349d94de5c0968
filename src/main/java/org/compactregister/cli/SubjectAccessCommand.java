package org.compactregister.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.model.UkDate;
import org.compactregister.privacy.SubjectAccessService;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code subject-access --person TEXT --out FILE.zip}, or {@code --requests}: the pack, or the log of requests. */
@Command(name = "subject-access", mixinStandardHelpOptions = true,
        description = {"Make one person's subject access pack (summary PDF, scans, letters, audit entries, data as CSV)",
            "and log the request, due in one calendar month; or list the requests with --requests."})
public final class SubjectAccessCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--person", paramLabel = "TEXT", description = "The person's name, email or phone number.")
    String person;

    @Option(names = "--out", paramLabel = "FILE.zip", description = "The zip file to write.")
    Path out;

    @Option(names = "--requests", description = "List the requests logged, open ones first, with their due dates.")
    boolean requests;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!requests && (person == null || out == null)) {
            throw new RefusedException("give --person TEXT and --out FILE.zip, or --requests.");
        }
        try (Services services = database.open()) {
            SubjectAccessService access = new SubjectAccessService(services);
            PrintWriter print = spec.commandLine().getOut();
            if (requests) {
                for (SubjectAccessRequest request : access.requests()) {
                    print.println(request.id() + "\t" + request.person() + "\treceived "
                            + UkDate.formatShort(request.receivedOn()) + "\t" + request.state(services.register().today())
                            + "\t" + String.join(" ", request.references()));
                }
                return 0;
            }
            SubjectAccessRequest request = access.makePack(person, out, Progress.NONE);
            print.println("Wrote the pack for \"" + request.person() + "\" (" + String.join(", ", request.references())
                    + ") to " + out.toAbsolutePath() + ". Request " + request.id() + " logged, due "
                    + UkDate.formatShort(request.dueOn()) + ".");
            return 0;
        }
    }
}
