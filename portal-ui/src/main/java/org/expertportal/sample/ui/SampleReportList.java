package org.expertportal.sample.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.sample.SampleService;
import org.expertportal.sample.SampleSummary;
import org.expertportal.ui.Texts;

/**
 * The published samples of some countries. Signed-in visitors get a download link per sample (a
 * copy stamped with their account reference); anonymous visitors see what exists and a link to
 * ask for a sample (the short form, docs/adr/035) or to sign in. For the expert profile today and the country page.
 */
public class SampleReportList extends Div {

    public SampleReportList(SampleService sampleService, Collection<String> countryIsoCodes, boolean signedIn) {
        addClassName("portal-samples");
        List<SampleSummary> samples = countryIsoCodes.stream()
                .flatMap(iso -> sampleService.samplesForCountry(iso).stream())
                .toList();
        if (samples.isEmpty()) {
            add(new Paragraph(getTranslation("samples.none")));
            return;
        }
        if (!signedIn) {
            // Not a dead end (docs/adr/035): anyone may ask for a sample without an account or a case.
            var hint = new Paragraph(getTranslation("samples.sign-in"));
            hint.setId("samples-sign-in");
            String target = "request/ask?kind=sample&country=" + samples.getFirst().countryIsoCode();
            var ask = new Anchor(target, getTranslation("request.short.ask-sample"));
            ask.setId("samples-ask");
            add(hint, new Paragraph(ask));
        }
        var list = new UnorderedList();
        list.addClassName("portal-cards");
        for (SampleSummary sample : samples) {
            var item = new ListItem();
            item.addClassName("portal-card");
            item.add(Texts.content(new H3(sample.title())));
            item.add(new Paragraph(getTranslation("samples.facts", getTranslation("country." + sample.countryIsoCode()),
                    sample.year(), Texts.languageName(sample.languageCode(), getLocale()))));
            if (!sample.themeKeys().isEmpty()) {
                item.add(new Paragraph(sample.themeKeys().stream()
                        .map(key -> getTranslation("theme." + key))
                        .collect(Collectors.joining(", "))));
            }
            item.add(Texts.content(new Paragraph(sample.summary())));
            if (signedIn) {
                long id = sample.id();
                var download = new Anchor(
                        DocumentDownloads.handler(sink -> sampleService.download(id, sink)),
                        getTranslation("samples.download", Texts.fileSize(sample.sizeBytes(), getLocale(), this::getTranslation)));
                download.setId("sample-download-" + id);
                item.add(download);
            }
            list.add(item);
        }
        add(list);
    }
}
