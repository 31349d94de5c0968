package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finds every public method of the services both fronts call (the classes built from {@link Services},
 * and those {@link Services} hands out) and runs each one on a real register. Whenever a call changes
 * the register's tables, it must have written an audit entry with the staff member who made it and the
 * fields it changed. A new public service method without a step in {@link AuditCoverageSteps} fails
 * this test, so a new feature cannot forget the audit trail.
 */
class AuditCoverageTest {

    static final StaffMember STAFF = new StaffMember("t.audit");

    /** Entries that say what happened in their summary alone (they hold no field values by design). */
    private static final Set<AuditAction> SUMMARY_ONLY = Set.of(AuditAction.RESTORED, AuditAction.ERASED,
            AuditAction.BACKUP_REMOVED);

    @TempDir
    Path dir;

    @Test
    void everyPublicServiceMethodThatChangesTheRegisterWritesAnAuditEntry() throws Exception {
        Set<String> found = serviceMethods();
        AuditCoverageSteps steps = new AuditCoverageSteps(dir, STAFF);
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(steps.methods());
        assertEquals(Set.of(), missing, "public service methods with no step in AuditCoverageSteps: add one, so "
                + "the test can show each records its changes in the audit trail");
        Set<String> stale = new TreeSet<>(steps.methods());
        stale.removeAll(found);
        assertEquals(Set.of(), stale, "steps for methods that are no longer there");

        List<String> changing = new ArrayList<>();
        try (AuditCoverageSteps.Register register = steps.open()) {
            for (AuditCoverageSteps.Step step : steps.steps()) {
                step.prepare().run(register);
                String before = register.tablesWithoutTheTrail();
                List<AuditEntry> entries = register.entries();
                step.act().run(register);
                List<AuditEntry> added = register.entriesBesides(entries);
                boolean changed = !before.equals(register.tablesWithoutTheTrail());
                if (changed) {
                    changing.add(step.method());
                    assertFalse(added.isEmpty(), step.method() + " changed the register without an audit entry");
                }
                step.expected().ifPresent(action -> assertTrue(added.stream().anyMatch(e -> e.action() == action),
                        step.method() + " should record " + action + "; recorded " + added));
                for (AuditEntry entry : added) {
                    assertEquals(step.staff().orElse(STAFF), entry.staff(), step.method() + ": who made the change");
                    if (!SUMMARY_ONLY.contains(entry.action())) {
                        assertFalse(entry.changes().isEmpty(), step.method() + ": " + entry.summary()
                                + " records no field changes");
                    }
                }
            }
        }
        assertTrue(changing.size() >= 20, "the steps really change the register: " + changing);
    }

    /** "RegisterService#update(Signatory, CommitmentForm, boolean)" for every public method of every service class. */
    static Set<String> serviceMethods() throws ClassNotFoundException {
        Set<Class<?>> services = new java.util.LinkedHashSet<>();
        for (Method accessor : Services.class.getDeclaredMethods()) {
            Class<?> type = accessor.getReturnType();
            if (Modifier.isPublic(accessor.getModifiers()) && accessor.getParameterCount() == 0
                    && type.getPackageName().startsWith("org.compactregister") && type != AuditTrail.class
                    && !type.isRecord() && !type.isEnum() && type.getPackageName().endsWith(".service")) {
                services.add(type);
            }
        }
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.compactregister")) {
            boolean front = javaClass.getPackageName().startsWith("org.compactregister.ui")
                    || javaClass.getPackageName().startsWith("org.compactregister.cli");
            boolean builtFromServices = javaClass.getConstructors().stream()
                    .anyMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                            && c.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Services.class)));
            if (!front && builtFromServices) {
                services.add(Class.forName(javaClass.getName()));
            }
        }
        Set<String> methods = new TreeSet<>();
        for (Class<?> type : services) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                    methods.add(signature(method));
                }
            }
        }
        return methods;
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }
}
