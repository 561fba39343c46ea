package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.AccountAdministration;
import org.expertportal.account.AccountListing;
import org.expertportal.account.OrganisationService;
import org.expertportal.account.OrganisationSummary;
import org.expertportal.account.Roles;
import org.expertportal.account.TwoFactorService;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.text.UserText;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.UserTextFields;

/**
 * Administrators manage accounts: search by name or email (paged from the database), invite
 * staff, administrators and clients, change roles, disable and enable, lift sign-in locks, send
 * invitations again, and manage organisations and who belongs to them. Every action is checked
 * again by the domain.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 89, title = "menu.admin.users", icon = "vaadin:users")
class AdminUsersView extends Div implements HasDynamicTitle {

    private final AccountAdministration administration;
    private final OrganisationService organisations;
    private final TextField search = new TextField();
    private final Grid<AccountListing> grid = new Grid<>();
    private final Grid<OrganisationSummary> organisationGrid = new Grid<>();

    private final TwoFactorService twoFactor;

    AdminUsersView(AccountAdministration administration, OrganisationService organisations,
            TwoFactorService twoFactor) {
        this.administration = administration;
        this.twoFactor = twoFactor;
        this.organisations = organisations;
        addClassName("portal-page");

        search.setId("user-search");
        search.setPlaceholder(getTranslation("admin-users.search"));
        search.setAriaLabel(getTranslation("admin-users.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var invite = new Button(getTranslation("admin-users.invite"), click -> inviteDialog().open());
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(search, invite);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        configureGrid();
        configureOrganisations();
        add(new H1(getTranslation("menu.admin.users")), new Paragraph(getTranslation("admin-users.lead")), bar, grid,
                new H2(getTranslation("admin-users.organisations")), organisationForm(), organisationGrid);
    }

    private void configureGrid() {
        grid.setId("users");
        // A long name wraps in its column instead of pushing email, role and actions off-screen.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AccountListing::displayName).setHeader(getTranslation("account.name"))
                .setWidth("12rem").setFlexGrow(1);
        grid.addColumn(AccountListing::email).setHeader(getTranslation("login.email")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("role." + row.role().name().toLowerCase()))
                .setHeader(getTranslation("admin-users.column.role")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("admin-users.column.state")).setAutoWidth(true);
        grid.addColumn(row -> row.organisationName().map(name -> row.organisationAdmin()
                        ? name + " (" + getTranslation("organisation.admin") + ")" : name).orElse(""))
                .setHeader(getTranslation("admin-users.column.organisation")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            var manage = new Button(getTranslation("admin-users.manage"), click -> manageDialog(row).open());
            manage.setId("manage-" + row.id());
            manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return manage;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> administration.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) administration.count(search.getValue()));
    }

    private String state(AccountListing row) {
        List<String> states = new ArrayList<>();
        states.add(getTranslation(row.enabled() ? "admin-users.enabled" : "admin-users.disabled"));
        if (row.invited()) {
            states.add(getTranslation("admin-users.invited"));
        }
        if (row.locked()) {
            states.add(getTranslation("admin-users.locked"));
        }
        return String.join(", ", states);
    }

    private Dialog inviteDialog() {
        var dialog = new Dialog(getTranslation("admin-users.invite"));
        var email = new EmailField(getTranslation("login.email"));
        email.setId("new-user-email");
        var name = new TextField(getTranslation("account.name"));
        name.setId("new-user-name");
        UserTextFields.watch(email, UserText.Kind.LINE);
        UserTextFields.watch(name, UserText.Kind.LINE);
        var role = roleSelect();
        role.setId("new-user-role");
        role.setValue(Role.CLIENT);
        var organisation = organisationSelect();
        organisation.setId("new-user-organisation");
        var organisationAdmin = new Checkbox(getTranslation("organisation.admin"));
        organisationAdmin.setId("new-user-organisation-admin");
        var send = new Button(getTranslation("admin-users.send-invitation"), click -> {
            email.setInvalid(false);
            name.setInvalid(false);
            // Hidden characters are shown under the field that holds them, not under the address.
            if (!UserTextFields.accepts(email, UserText.Kind.LINE) | !UserTextFields.accepts(name, UserText.Kind.LINE)) {
                return;
            }
            try {
                administration.invite(email.getValue(), name.getValue(), role.getValue(),
                        organisation.getOptionalValue().map(OrganisationSummary::id).orElse(null),
                        organisationAdmin.getValue());
                done(dialog, "admin-users.invitation-sent");
            } catch (DomainException refused) {
                var field = refused.messageKey().startsWith("account.name") ? name : email;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        });
        send.setId("send-invitation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new VerticalLayout(email, name, role, organisation, organisationAdmin);
        form.setPadding(false);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        return dialog;
    }

    private Dialog manageDialog(AccountListing row) {
        var dialog = new Dialog(row.displayName());
        var role = roleSelect();
        role.setId("manage-role");
        role.setValue(row.role());
        var saveRole = new Button(getTranslation("admin-users.change-role"),
                click -> act(dialog, () -> administration.changeRole(row.id(), role.getValue()), "admin-users.saved"));
        saveRole.setId("save-role");
        var roleLine = new HorizontalLayout(role, saveRole);
        roleLine.setAlignItems(FlexComponent.Alignment.BASELINE);

        var organisation = organisationSelect();
        organisation.setId("manage-organisation");
        organisationValue(row).ifPresent(organisation::setValue);
        var organisationAdmin = new Checkbox(getTranslation("organisation.admin"), row.organisationAdmin());
        organisationAdmin.setId("manage-organisation-admin");
        var saveOrganisation = new Button(getTranslation("admin-users.assign-organisation"), click -> act(dialog,
                () -> organisations.assign(row.id(),
                        organisation.getOptionalValue().map(OrganisationSummary::id).orElse(null),
                        organisationAdmin.getValue()), "admin-users.saved"));
        saveOrganisation.setId("save-organisation");
        var organisationLine = new HorizontalLayout(organisation, organisationAdmin, saveOrganisation);
        organisationLine.setAlignItems(FlexComponent.Alignment.BASELINE);

        var enable = new Button(getTranslation(row.enabled() ? "admin-users.disable" : "admin-users.enable"),
                click -> act(dialog, () -> administration.setEnabled(row.id(), !row.enabled()), "admin-users.saved"));
        enable.setId("toggle-enabled");
        if (row.enabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var unlock = new Button(getTranslation("admin-users.unlock"),
                click -> act(dialog, () -> administration.unlock(row.id()), "admin-users.unlocked"));
        unlock.setId("unlock");
        unlock.setEnabled(row.locked());
        var reinvite = new Button(getTranslation("admin-users.invite-again"), click -> act(dialog,
                () -> administration.sendInvitationAgain(row.id()), "admin-users.invitation-sent"));
        reinvite.setId("invite-again");
        reinvite.setVisible(row.invited());
        // For someone who lost their authenticator and recovery codes: they enrol again at next sign-in.
        var resetTwoFactor = new Button(getTranslation("admin-users.reset-two-factor"), click -> act(dialog,
                () -> twoFactor.resetTwoFactor(row.id()), "admin-users.two-factor-reset"));
        resetTwoFactor.setId("reset-two-factor");
        var actions = new HorizontalLayout(enable, unlock, reinvite, resetTwoFactor);
        actions.setWrap(true);

        var layout = new VerticalLayout(roleLine, organisationLine, actions);
        layout.setPadding(false);
        var body = new Div(layout);
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()));
        return dialog;
    }

    private Optional<OrganisationSummary> organisationValue(AccountListing row) {
        return row.organisationId().flatMap(id -> organisations.organisations().stream()
                .filter(o -> o.id() == id).findFirst());
    }

    /** A refusal leaves the dialog open and is shown by the error handler. */
    private void act(Dialog dialog, Runnable action, String doneKey) {
        action.run();
        done(dialog, doneKey);
    }

    private void done(Dialog dialog, String key) {
        dialog.close();
        Notifications.success(key);
        grid.getDataProvider().refreshAll();
        organisationGrid.setItems(organisations.organisations());
    }

    private Select<Role> roleSelect() {
        var role = new Select<Role>();
        role.setLabel(getTranslation("admin-users.column.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name().toLowerCase()));
        return role;
    }

    private Select<OrganisationSummary> organisationSelect() {
        var select = new Select<OrganisationSummary>();
        select.setLabel(getTranslation("admin-users.column.organisation"));
        select.setItems(organisations.organisations());
        select.setItemLabelGenerator(o -> o == null ? getTranslation("admin-users.no-organisation") : o.name());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("admin-users.no-organisation"));
        return select;
    }

    private void configureOrganisations() {
        organisationGrid.setId("organisations");
        organisationGrid.addColumn(OrganisationSummary::name).setHeader(getTranslation("account.name"))
                .setAutoWidth(true);
        organisationGrid.addColumn(OrganisationSummary::members).setHeader(getTranslation("admin-users.members"));
        organisationGrid.setItems(organisations.organisations());
        organisationGrid.setAllRowsVisible(true);
    }

    private HorizontalLayout organisationForm() {
        var name = new TextField();
        name.setId("new-organisation-name");
        UserTextFields.watch(name, UserText.Kind.LINE);
        name.setPlaceholder(getTranslation("admin-users.organisation-name"));
        name.setAriaLabel(getTranslation("admin-users.organisation-name"));
        var create = new Button(getTranslation("admin-users.create-organisation"), click -> {
            name.setInvalid(false);
            try {
                organisations.createOrganisation(name.getValue());
                name.clear();
                organisationGrid.setItems(organisations.organisations());
            } catch (DomainException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        create.setId("create-organisation");
        var form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.users") + " | " + getTranslation("app.name");
    }
}
