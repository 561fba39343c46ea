package org.expertportal.country;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.NotificationAdminService;
import org.expertportal.notification.OutboxFilter;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CountryFollowingIT extends KaribuTest {

    @Autowired
    CountryFollowingService following;

    @Autowired
    CountryEditingService editing;

    @Autowired
    NotificationAdminService outbox;

    @Autowired
    org.expertportal.account.AccountService accounts;

    @Test
    void a_signed_in_client_follows_and_unfollows_a_country_from_its_page() {
        signIn("client@demo.test");
        UI.getCurrent().navigate("countries/belarus");
        Button follow = _get(Button.class, spec -> spec.withId("follow-country"));
        assertThat(follow.getText()).isEqualTo("Follow this country");

        _click(follow);
        assertThat(follow.getText()).isEqualTo("Stop following");
        assertThat(following.isFollowing("belarus")).isTrue();
        assertThat(following.followersOf("BY")).hasSize(1);

        _click(follow);
        assertThat(following.isFollowing("belarus")).isFalse();
        assertThat(following.followersOf("BY")).isEmpty();
    }

    @Test
    void followers_are_alerted_without_the_country_when_its_article_is_republished() {
        signIn("client@demo.test");
        following.follow("moldova");
        reloadPage();
        UI.getCurrent().navigate("home");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("followed-countries")).getElement().getTextRecursively()).contains("Moldova");
        long clientId = accounts.currentAccount().orElseThrow().id();

        signIn("admin@demo.test");
        ArticlePublication current = editing.editableVersion("moldova");
        long before = countUpdatesFor(clientId);
        editing.publish("moldova", new ArticlePublication(current.basedOnVersion(), "A new note on Moldova.",
                java.util.List.of(), java.util.Set.of("political-persecution"), java.time.LocalDate.now(clock),
                java.time.LocalDate.now(clock).plusYears(1)));

        var alerts = outbox.find(new OutboxFilter(null, AlertType.COUNTRY_UPDATED, null, null), 0, 1000).stream()
                .filter(row -> row.recipientAccountId() == clientId)
                .toList();
        assertThat(alerts).hasSize((int) before + 1);

        signIn("client@demo.test");
        following.unfollow("moldova");
    }

    private long countUpdatesFor(long accountId) {
        return outbox.find(new OutboxFilter(null, AlertType.COUNTRY_UPDATED, null, null), 0, 1000).stream()
                .filter(row -> row.recipientAccountId() == accountId)
                .count();
    }

    @Test
    void following_twice_is_one_follow_and_anonymous_visitors_cannot_follow() {
        signIn("staff@demo.test");
        following.follow("ukraine");
        following.follow("ukraine");
        assertThat(following.followersOf("UA")).hasSize(1);
        following.unfollow("ukraine");

        signOut();
        assertThatThrownBy(() -> following.follow("ukraine")).isInstanceOf(NotPermittedException.class);
        assertThat(following.isFollowing("ukraine")).isFalse();
        reloadPage();
        UI.getCurrent().navigate("countries/ukraine");
        assertThat(_find(Button.class, spec -> spec.withId("follow-country"))).isEmpty();
    }
}
