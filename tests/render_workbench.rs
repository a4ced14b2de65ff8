//! Render tests of the trainer's workbench: each component rendered on its
//! own to HTML natively (Yew's `ssr`), inside the words it reads.

use std::rc::Rc;

use score_readiness::domain::answers::Answer;
use score_readiness::domain::instrument::V1;
use score_readiness::domain::invitation::Invitation;
use score_readiness::domain::lang::Lang;
use score_readiness::domain::record::{Record, Wave};
use score_readiness::domain::workbench::{
    Column, Filter, FlagKind, ImportLine, Origin, Outcome, Refusal, Sort, Source, Workspace,
};
use score_readiness::host::kept_workspace::KeepError;
use score_readiness::trainer::components::*;
use score_readiness::trainer::links::MadeLink;
use score_readiness::trainer::state::{Keep, Notice, Section};
use score_readiness::trainer::words::Words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct InWordsProps {
    lang: Lang,
    children: Html,
}

/// What the workbench's root provides to every component.
#[component]
fn InWords(props: &InWordsProps) -> Html {
    let words = Words::bundled(props.lang).unwrap();
    html! {
        <ContextProvider<Words> context={words}>{ props.children.clone() }</ContextProvider<Words>>
    }
}

fn render(lang: Lang, children: Html) -> String {
    let renderer = yew::LocalServerRenderer::<InWords>::with_props(InWordsProps { lang, children });
    futures::executor::block_on(renderer.render())
}

fn words(lang: Lang) -> Words {
    Words::bundled(lang).unwrap()
}

/// A record file of `firm` by a respondent in `role`, every answer at
/// `level`, named `organisation`.
fn file(respondent: &str, organisation: &str, role: &str, size: &str, level: u8) -> Source {
    let mut record = Record::new(Lang::En, "2026-11-25T10:00:00Z");
    record.respondent = respondent.to_owned();
    record.profile.organisation = organisation.to_owned();
    record.profile.role = Some(role.to_owned());
    record.profile.size = Some(size.to_owned());
    for (_, question) in V1.questions() {
        let level = level.min(question.scale.max_level());
        record.set_answer(question.id, Answer::Level(level));
    }
    let text = record.to_json();
    Source::File {
        name: format!("{respondent}.json"),
        bytes_len: text.len() as u64,
        text,
    }
}

/// Three firms: one with a manager and a worker, one of managers only and
/// outside SCORE's sizes, one whose name holds markup.
fn workspace() -> Workspace {
    let mut workspace = Workspace::default();
    workspace.import([
        file("r1", "Acme Garments", "owner-manager", "50-99", 4),
        file("r2", "Acme Garments", "worker", "50-99", 2),
        file("r3", "Beta Foods", "owner-manager", "over-500", 3),
        file("r4", "<b>Bold</b> & Co", "worker", "100-250", 1),
    ]);
    workspace
}

#[test]
fn the_import_report_counts_and_words_every_line_with_names_kept_literally() {
    let report = Rc::new(vec![
        ImportLine {
            origin: Origin {
                name: Some("<i>a</i>.json".to_owned()),
                line: None,
            },
            outcome: Outcome::Accepted {
                respondent: "r1".to_owned(),
            },
        },
        ImportLine {
            origin: Origin {
                name: Some("b.json".to_owned()),
                line: None,
            },
            outcome: Outcome::Duplicate {
                respondent: "r1".to_owned(),
            },
        },
        ImportLine {
            origin: Origin {
                name: None,
                line: Some(2),
            },
            outcome: Outcome::Refused(Refusal::NotOurs),
        },
    ]);
    let html = render(Lang::En, html! { <ImportReport {report} /> });
    assert!(
        html.contains("1 accepted, 1 already loaded, 1 refused"),
        "{html}"
    );
    assert!(
        html.contains("&lt;i&gt;a&lt;/i&gt;.json"),
        "escaped, not markup"
    );
    assert!(html.contains("Pasted links, line 2"));
    assert!(html.contains(&words(Lang::En).trainer.refusals.not_ours));
    let empty = render(
        Lang::Fr,
        html! { <ImportReport report={Rc::new(vec![])} /> },
    );
    assert!(empty.contains(&words(Lang::Fr).trainer.collect.report_empty));
}

#[test]
fn collect_offers_files_and_links_and_says_when_it_is_reading() {
    for lang in Lang::ALL {
        let text = &words(lang).trainer.collect;
        let html = render(
            lang,
            html! {
                <CollectPanel report={Rc::new(vec![])} reading={3}
                    onfiles={Callback::noop()} onsources={Callback::noop()} />
            },
        );
        for expected in [&text.drop, &text.choose, &text.links_label, &text.add_links] {
            assert!(html.contains(expected.as_str()), "{lang:?} {expected}");
        }
        assert!(html.contains(r#"type="file""#) && html.contains("multiple"));
        assert!(html.contains(r#"for="wb-links""#) && html.contains(r#"id="wb-links""#));
        assert!(html.contains(&text.reading.replace("{count}", "3")));
    }
}

#[test]
fn the_workspace_bar_shows_what_is_loaded_and_whether_it_is_kept() {
    let bar = |records: usize, keep: Keep| {
        render(
            Lang::En,
            html! {
                <WorkspaceBar {records} firms={2} {keep} onkeep={Callback::noop()}
                    onsave={Callback::noop()} onopen={Callback::noop()} onremove={Callback::noop()} />
            },
        )
    };
    let kept = bar(5, Keep::On);
    assert!(kept.contains("5 respondents in 2 firms"));
    assert!(kept.contains("checked"), "{kept}");
    let empty = bar(0, Keep::Failed);
    assert!(
        !empty.contains("checked"),
        "a failed keep is not shown as kept"
    );
    assert!(empty.contains("disabled"), "nothing to save");
}

#[test]
fn failures_interrupt_and_other_notices_are_polite() {
    let notice = |notice: Notice| {
        render(
            Lang::Es,
            html! { <NoticeBanner notice={Some(notice)} ondismiss={Callback::noop()} /> },
        )
    };
    let full = notice(Notice::Keep(KeepError::Full));
    assert!(full.contains(r#"role="alert""#));
    assert!(full.contains(&words(Lang::Es).trainer.workspace.keep_full));
    let restored = notice(Notice::Restored { records: 7 });
    assert!(restored.contains(r#"role="status""#) && restored.contains('7'));
    assert!(restored.contains(&words(Lang::Es).trainer.workspace.dismiss));
}

#[test]
fn the_navigation_marks_the_screen_shown() {
    let html = render(
        Lang::Fr,
        html! { <SectionNav current={Section::Plan} onselect={Callback::noop()} /> },
    );
    let names = &words(Lang::Fr).trainer.sections;
    assert!(
        html.contains(&format!(r#"aria-current="page">{}"#, names.plan)),
        "{html}"
    );
    assert_eq!(html.matches("aria-current").count(), 1);
}

#[test]
fn the_language_select_has_the_current_language_selected() {
    let html = render(
        Lang::Es,
        html! { <LanguageSelect onchange={Callback::noop()} /> },
    );
    assert!(html.contains(r#"value="es" selected"#), "{html}");
    assert!(html.contains(&words(Lang::Es).trainer.language_label));
}

#[test]
fn filters_name_sizes_sectors_and_flags_in_words_and_show_what_is_ticked() {
    let mut filter = Filter::default();
    filter.sizes.insert("50-99".to_owned());
    filter.flags.insert(FlagKind::ManagersOnly);
    filter.score = Some((20.0, 80.0));
    let html = render(
        Lang::En,
        html! { <FilterForm filter={filter.clone()} onchange={Callback::noop()} /> },
    );
    let w = words(Lang::En);
    let instrument = &w.assessment.instrument;
    assert!(html.contains(instrument.choice(&instrument.sizes, "50-99")));
    assert!(html.contains(instrument.choice(&instrument.sectors, "food-beverages")));
    assert!(html.contains(&w.trainer.flags.managers_only));
    assert_eq!(html.matches("checked").count(), 2, "{html}");
    assert!(html.contains(r#"value="20""#) && html.contains(r#"value="80""#));
}

#[test]
fn each_chip_is_a_button_that_says_what_it_removes() {
    let mut filter = Filter::default();
    filter.flags.insert(FlagKind::NoFigures);
    filter.score = Some((10.0, 50.0));
    let html = render(
        Lang::En,
        html! { <ChipList {filter} onremove={Callback::noop()} onclear={Callback::noop()} /> },
    );
    assert!(
        html.contains(r#"aria-label="Remove filter: Score 10–50""#),
        "{html}"
    );
    assert!(html.contains("Remove filter: No figures tracked"));
    assert!(html.contains("Clear all filters"));
    let none = render(
        Lang::En,
        html! { <ChipList filter={Filter::default()} onremove={Callback::noop()} onclear={Callback::noop()} /> },
    );
    assert!(!none.contains("wb-chips"));
}

#[test]
fn the_table_sorts_from_its_headers_and_says_why_a_row_is_flagged() {
    let workspace = workspace();
    let rows = Rc::new(workspace.rows());
    let sort = Sort {
        column: Column::Overall,
        descending: true,
    };
    let visible = Rc::new(score_readiness::domain::workbench::visible(
        &rows,
        &Filter::default(),
        sort,
    ));
    let html = render(
        Lang::En,
        html! {
            <FirmTable rows={rows.clone()} visible={visible.clone()} {sort} onsort={Callback::noop()}
                onrename={Callback::noop()} onmerge={Callback::noop()} onunmerge={Callback::noop()} />
        },
    );
    assert_eq!(html.matches("aria-sort").count(), 1);
    assert!(html.contains(r#"aria-sort="descending""#));
    assert!(
        html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; Co"),
        "names literal"
    );
    let w = words(Lang::En);
    assert!(html.contains(&w.trainer.flags.managers_only));
    assert!(html.contains("Only managers answered (1)"), "{html}");
    assert!(html.contains(&w.trainer.flags.size_outside));
    let acme = html.find("Acme Garments").unwrap();
    let bold = html.find("&lt;b&gt;Bold").unwrap();
    assert!(acme < bold, "higher overall first");
}

#[test]
fn a_long_table_renders_a_hundred_rows_and_offers_more() {
    let mut workspace = Workspace::default();
    workspace.import((0..130).map(|i| {
        file(
            &format!("r{i}"),
            &format!("Firm {i:03}"),
            "worker",
            "50-99",
            3,
        )
    }));
    let rows = Rc::new(workspace.rows());
    let visible = Rc::new((0..rows.len()).collect::<Vec<_>>());
    let html = render(
        Lang::En,
        html! {
            <FirmTable {rows} {visible} sort={Sort::default()} onsort={Callback::noop()}
                onrename={Callback::noop()} onmerge={Callback::noop()} onunmerge={Callback::noop()} />
        },
    );
    assert_eq!(html.matches(r#"<th scope="row""#).count(), 100);
    assert!(html.contains("Show 30 more firms"));
}

#[test]
fn the_screen_says_how_many_firms_it_shows() {
    let rows = Rc::new(workspace().rows());
    let html = render(
        Lang::Fr,
        html! {
            <ScreenPanel rows={rows.clone()} visible={Rc::new(vec![0, 1])} sort={Sort::default()}
                filter={Filter::default()} onsort={Callback::noop()} onfilter={Callback::noop()}
                onremovechip={Callback::noop()} onexport={Callback::noop()} onrename={Callback::noop()}
                onmerge={Callback::noop()} onunmerge={Callback::noop()} />
        },
    );
    assert!(html.contains("2 entreprises affichées sur 3"), "{html}");
    let empty = render(
        Lang::En,
        html! {
            <ScreenPanel rows={Rc::new(vec![])} visible={Rc::new(vec![])} sort={Sort::default()}
                filter={Filter::default()} onsort={Callback::noop()} onfilter={Callback::noop()}
                onremovechip={Callback::noop()} onexport={Callback::noop()} onrename={Callback::noop()}
                onmerge={Callback::noop()} onunmerge={Callback::noop()} />
        },
    );
    assert!(empty.contains(&words(Lang::En).trainer.screen.empty));
}

#[test]
fn the_plan_shows_classes_why_firms_fit_and_what_is_held_back() {
    let mut workspace = workspace();
    let rows = workspace.rows();
    let held = rows[0].key.clone();
    workspace.edits.hold_back(&held);
    let plan = Rc::new(workspace.plan(&rows));
    let rows = Rc::new(rows);
    let html = render(
        Lang::En,
        html! {
            <PlanPanel plan={plan.clone()} rows={rows.clone()} onmove={Callback::noop()}
                onhold={Callback::noop()} onrelease={Callback::noop()} onreset={Callback::noop()}
                onexport={Callback::noop()} />
        },
    );
    let text = &words(Lang::En).trainer.plan;
    assert!(!plan.classes.is_empty());
    assert!(html.contains(", class 1"), "{html}");
    assert!(html.contains("Needs M"), "each firm says why it fits");
    assert!(
        html.contains(
            &text
                .short_few
                .replace("{group}", &plan.classes[0].firms.len().to_string())
        )
    );
    assert!(html.contains(&text.held_title) && html.contains(&text.release));
    assert!(html.contains(&text.print) && html.contains(&text.export));
}

#[test]
fn the_invite_form_labels_every_field_and_lists_links_made() {
    let made = MadeLink {
        invitation: Invitation {
            firm: "ACME-01".to_owned(),
            name: "Acme Garments".to_owned(),
            wave: Wave::FollowUp,
            role: Some("worker".to_owned()),
        },
        link: "https://x.org/?firm=ACME-01".to_owned(),
    };
    let html = render(
        Lang::En,
        html! { <InvitePanel links={Rc::new(vec![made])} onmade={Callback::noop()} /> },
    );
    for id in ["wb-code", "wb-name", "wb-role", "wb-made-0"] {
        assert!(html.contains(&format!(r#"for="{id}""#)), "{id} labelled");
    }
    assert!(
        html.contains("Link for Acme Garments (ACME-01), Follow-up"),
        "{html}"
    );
    assert!(html.contains(r#"value="https://x.org/?firm=ACME-01""#));
}

#[test]
fn the_workbench_opens_on_collect_with_its_title_in_each_language() {
    for lang in Lang::ALL {
        let renderer = yew::LocalServerRenderer::<Workbench>::with_props(WorkbenchProps { lang });
        let html = futures::executor::block_on(renderer.render());
        let text = words(lang).trainer;
        assert!(
            html.contains(&text.title) && html.contains(&text.collect.title),
            "{lang:?}"
        );
        assert!(html.contains(&format!(r#"lang="{}""#, lang.code())));
        assert!(html.contains("data-sr-crash"));
    }
}

#[test]
fn a_long_import_report_lists_its_first_lines_and_offers_the_rest() {
    let line = |n: u64| ImportLine {
        origin: Origin {
            name: Some("export.csv".to_owned()),
            line: Some(n),
        },
        outcome: Outcome::Accepted {
            respondent: format!("r{n}"),
        },
    };
    let report = Rc::new((1..=250).map(line).collect::<Vec<_>>());
    let html = render(Lang::En, html! { <ImportReport {report} /> });
    assert_eq!(
        html.matches("<tr class=\"wb-accepted\"").count(),
        200,
        "{html}"
    );
    assert!(html.contains("250 accepted, 0 already loaded, 0 refused"));
    assert!(html.contains("Show all 250 lines"));
}
