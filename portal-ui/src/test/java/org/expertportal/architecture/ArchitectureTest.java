package org.expertportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.expertportal.PortalApplication;
import org.expertportal.account.Account;
import org.expertportal.database.EmbeddedMariaDb;
import org.expertportal.notification.OutboxDispatcher;
import org.expertportal.ui.DateField;
import org.junit.jupiter.api.Test;

/** The module rules of {@code STYLE.md}, each with the reason it exists. */
class ArchitectureTest {

    /**
     * What Spring's ahead-of-time processing generates (docs/adr/054: {@code X__BeanDefinitions},
     * {@code X__BeanFactoryRegistrations}, {@code XImpl__AotRepository}, CGLIB proxies), which a
     * {@code -Pproduction} build copies into target/classes beside ours: generated for the
     * framework's classes as well as ours, it is not code these rules are about.
     */
    private static final ImportOption NOT_GENERATED_AHEAD_OF_TIME =
            location -> !location.matches(Pattern.compile(".*(__[A-Za-z]+(\\$.*)?|\\$\\$SpringCGLIB\\$\\$.*)\\.class"));

    private static final JavaClasses DOMAIN = classesOf(Account.class);
    private static final JavaClasses PERSISTENCE = classesOf(EmbeddedMariaDb.class);
    private static final JavaClasses NOTIFICATIONS = classesOf(OutboxDispatcher.class);
    private static final JavaClasses PORTAL = classesOf(PortalApplication.class);

    @Test
    void the_domain_speaks_the_business_and_nothing_else() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.crypto..", "jakarta.persistence..", "jakarta.validation..",
                        "jakarta.transaction..", "jakarta.inject..", "jakarta.annotation..", "org.expertportal..",
                        "com.ibm.icu..")
                .because("the business rules must read the same whatever framework, database or UI runs them, "
                        + "and be testable without any of them (the JDK's own cryptography, for TOTP, is no "
                        + "framework; ICU is locale data the JDK lacks, such as zone city names, and no framework)")
                .check(DOMAIN);
    }

    @Test
    void persistence_knows_nothing_of_screens_or_mail() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.vaadin..", "jakarta.servlet..", "jakarta.mail..", "org.springframework.mail..", "..ui..")
                .because("dependencies point inward: the web module uses persistence, never the other way round")
                .check(PERSISTENCE);
    }

    @Test
    void notifications_know_nothing_of_screens_or_sign_in() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.vaadin..", "jakarta.servlet..", "..ui..", "org.expertportal.security..",
                        "org.springframework.security..")
                .because("mail is sent by a background dispatcher that no screen or session may be needed for; "
                        + "the web module uses notifications, never the other way round")
                .check(NOTIFICATIONS);
    }

    @Test
    void only_the_notifications_module_sends_mail() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.springframework.mail..")
                .because("every mail must go through the outbox, so that it is sent once, after commit, "
                        + "and never carries case details")
                .check(PORTAL);
    }

    @Test
    void views_go_through_use_cases_never_to_the_database() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "org.springframework.jdbc..", "java.sql..", "javax.sql..")
                .because("access rules live in the use cases; a view that reads the database skips them")
                .check(PORTAL);
    }

    @Test
    void every_view_says_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .because("a view without an access annotation is denied to everyone, and an explicit choice "
                        + "is what the access tests check")
                .check(PORTAL);
    }

    @Test
    void domain_use_cases_do_not_reach_into_the_web_module() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("..ui..", "org.expertportal.security..")
                .because("the domain defines ports such as CurrentUser; the web module implements them")
                .check(DOMAIN);
    }

    @Test
    void a_feature_keeps_its_repositories_to_itself() {
        classes().should(notUseTheRepositoriesOfAnotherFeature())
                .because("a feature's repository is its private storage port: another feature that reads it "
                        + "skips the owner's rules and ties itself to the owner's tables; it asks the owner's "
                        + "service or lookup instead, or the owner contributes through an interface such as "
                        + "ExportSection or ErasureStep (docs/adr/028)")
                .check(DOMAIN);
    }

    @Test
    void the_features_of_the_domain_form_no_cycles() {
        slices().matching("org.expertportal.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a feature is a room with a door: it may use another feature's public services, "
                        + "lookups and records, but when two features need each other neither can be understood, "
                        + "tested or changed alone; the one asked for data defines an interface the other "
                        + "implements (personaldata.ExportSection), or what both need moves below them "
                        + "(identity.Role and CurrentUser)")
                .check(DOMAIN);
    }

    @Test
    void the_packages_of_the_screens_form_no_cycles() {
        slices().matching("org.expertportal.(**)").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("the shell (ui), security and each feature's screens build on one another in one "
                        + "direction: sign-in screens reach security through SecondStep, and guards that "
                        + "need a feature's pages live with those pages (PasswordChangeGuard)")
                .check(PORTAL);
    }

    @Test
    void no_feature_reaches_into_another_features_internal_package() {
        for (JavaClasses module : List.of(DOMAIN, PERSISTENCE, NOTIFICATIONS, PORTAL)) {
            classes().should(notReachIntoAnotherFeaturesInternals())
                    .because("a feature's .internal package holds what only that feature may use, whatever "
                            + "Java's visibility allows across modules")
                    .check(module);
        }
    }

    @Test
    void views_never_touch_entities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("a view gets records from its use case: an entity in a view can load more than the "
                        + "person may see and changes that bypass the use case's rules")
                .check(PORTAL);
    }

    @Test
    void dates_and_times_for_people_are_formatted_in_one_place() {
        for (JavaClasses module : List.of(DOMAIN, NOTIFICATIONS, PORTAL)) {
            noClasses().that().resideOutsideOfPackage("org.expertportal.locale..")
                    .and().doNotHaveFullyQualifiedName(DateField.class.getName())
                    .should().dependOnClassesThat().areAssignableTo(FormatStyle.class)
                    .orShould().dependOnClassesThat().haveFullyQualifiedName(DatePicker.class.getName())
                    .because("DateTimeTexts writes every date and time a person reads in their region's formats "
                            + "(23 Dec 2027, 14:45, London) and DateField reads typed dates as their region types "
                            + "them; a view formatting or parsing by hand brings back US dates for UK lawyers")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    @Test
    void the_time_comes_from_the_application_clock() {
        Set<String> timeTypes = Set.of(LocalDate.class.getName(), LocalDateTime.class.getName(),
                ZonedDateTime.class.getName(), Instant.class.getName(), OffsetDateTime.class.getName());
        DescribedPredicate<JavaMethodCall> systemTime = DescribedPredicate.describe(
                "now() or now(ZoneId) of LocalDate, LocalDateTime, ZonedDateTime, Instant or OffsetDateTime",
                call -> call.getName().equals("now")
                        && timeTypes.contains(call.getTargetOwner().getName())
                        && !(call.getTarget().getRawParameterTypes().size() == 1
                                && call.getTarget().getRawParameterTypes().getFirst().isEquivalentTo(Clock.class)));
        for (JavaClasses module : List.of(DOMAIN, PORTAL)) {
            noClasses().should().callMethodWhere(systemTime)
                    .because("the application's Clock bean is the one source of the time: tests replace it with a "
                            + "settable clock, so that deadlines, 'today' and date limits in views follow the test, "
                            + "and the system zone of a server never decides what day it is; use now(clock)")
                    .allowEmptyShould(true)
                    .check(module);
        }
    }

    /** The first package segment after {@code org.expertportal.}: {@code request.intake} is {@code request}. */
    private static Optional<String> featureOf(JavaClass type) {
        String prefix = "org.expertportal.";
        String name = type.getPackageName();
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesInternals() {
        return notUseOfAnotherFeature("internal package", target -> target.getPackageName().contains(".internal"));
    }

    private static ArchCondition<JavaClass> notUseTheRepositoriesOfAnotherFeature() {
        return notUseOfAnotherFeature("repositories", target -> target.getSimpleName().endsWith("Repository"));
    }

    /** No class depends on a type of another feature that {@code isPrivate} says belongs to that feature alone. */
    private static ArchCondition<JavaClass> notUseOfAnotherFeature(String what, Predicate<JavaClass> isPrivate) {
        return new ArchCondition<>("not use another feature's " + what) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> feature = featureOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> owner = featureOf(target);
                    if (isPrivate.test(target) && owner.isPresent() && !owner.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, owner.get() + " " + what + " used by "
                                + feature.orElse("?") + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The classes of one module: its target/classes in the reactor, or its jar. */
    static JavaClasses classesOf(Class<?> member) {
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            ClassFileImporter importer = new ClassFileImporter().withImportOption(NOT_GENERATED_AHEAD_OF_TIME);
            JavaClasses classes = location.toString().endsWith(".jar")
                    ? importer.importJar(new JarFile(location.toFile()))
                    : importer.importPath(location);
            if (classes.isEmpty()) {
                throw new IllegalStateException("No classes found at " + location);
            }
            return classes;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
