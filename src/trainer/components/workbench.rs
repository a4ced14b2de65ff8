use yew::prelude::*;

use super::{
    CollectPanel, InvitePanel, LanguageSelect, NoticeBanner, PlanPanel, ScreenPanel, SectionNav,
    WorkspaceBar,
};
use crate::domain::lang::Lang;
use crate::domain::workbench::{export_csv, table_csv, visible};
use crate::host::files::download;
use crate::i18n::trainer::TrainerText;
use crate::i18n::{Assessment, Catalog, Shown, fill, use_part};
use crate::trainer::hooks::{
    use_import_files, use_kept_workspace, use_open_workspace, use_remove_all,
};
use crate::trainer::sentences::plan_lines;
use crate::trainer::state::{Action, Section, State};
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct WorkbenchProps {
    /// The language to open in (the address's `?lang=`, else the browser's).
    pub lang: Lang,
}

/// The workbench's root: owns the state, loads the words and hands them to
/// every component as a context, runs the hooks that reach the browser.
#[component]
pub fn Workbench(props: &WorkbenchProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(move || State::new(lang));
    let dispatch = state.dispatcher().to_callback();
    let reading = use_state(|| 0_usize);
    let import_files = use_import_files(dispatch.clone(), reading.setter());
    let open_workspace = use_open_workspace(dispatch.clone());
    let remove_all = use_remove_all(dispatch.clone());
    use_kept_workspace(&state);
    let shown = {
        let (rows, filter, sort) = (state.rows.clone(), state.filter.clone(), state.sort);
        use_memo((state.revision, filter.clone(), sort), move |_| {
            visible(&rows, &filter, sort)
        })
    };
    let Some(words) = use_words(state.lang) else {
        return html! { <div class="wb-loading" aria-busy="true"></div> };
    };
    let text = words.trainer;

    let save = {
        let workspace = state.workspace.clone();
        Callback::from(move |()| {
            let date = today();
            let name = fill(&text.workspace.file_name, &[("date", &date)]);
            download(&name, &workspace.to_json(), "application/json");
        })
    };
    let export = {
        let (rows, shown, filter) = (state.rows.clone(), shown.clone(), state.filter.clone());
        Callback::from(move |()| {
            let date = today();
            let csv = export_csv(&rows, &shown, &filter, &date, &words);
            let name = fill(&text.screen.export_file, &[("date", &date)]);
            download(&name, &csv, "text/csv;charset=utf-8");
        })
    };
    let export_plan = {
        let (plan, rows) = (state.plan.clone(), state.rows.clone());
        Callback::from(move |()| {
            let csv = table_csv(&plan_lines(&words, &plan, &rows));
            let name = fill(&text.plan.export_file, &[("date", &today())]);
            download(&name, &csv, "text/csv;charset=utf-8");
        })
    };
    let panel = match state.section {
        Section::Collect => html! {
            <CollectPanel report={state.report.clone()} reading={*reading}
                onfiles={import_files} onsources={dispatch.reform(Action::Import)} />
        },
        Section::Screen => html! {
            <ScreenPanel rows={state.rows.clone()} visible={shown.clone()}
                sort={state.sort} filter={state.filter.clone()}
                onsort={dispatch.reform(Action::SortBy)}
                onfilter={dispatch.reform(Action::SetFilter)}
                onremovechip={dispatch.reform(Action::RemoveChip)}
                onexport={export}
                onrename={dispatch.reform(|(firm, name)| Action::Rename { firm, name })}
                onmerge={dispatch.reform(|(from, into)| Action::Merge { from, into })}
                onunmerge={dispatch.reform(Action::Unmerge)} />
        },
        Section::Plan => html! {
            <PlanPanel plan={state.plan.clone()} rows={state.rows.clone()}
                onmove={dispatch.reform(|(firm, class)| Action::MoveFirm { firm, class })}
                onhold={dispatch.reform(Action::HoldBack)}
                onrelease={dispatch.reform(Action::Release)}
                onreset={dispatch.reform(Action::ResetFirm)}
                onexport={export_plan} />
        },
        Section::Invite => html! {
            <InvitePanel links={state.invitations.clone()} onmade={dispatch.reform(Action::Invited)} />
        },
    };
    html! {
        <ContextProvider<Words> context={words}>
            <div class="wb" lang={words.lang.code()} data-sr-crash={text.crash.clone()}>
                <header class="wb-header">
                    <h1>{ &text.title }</h1>
                    <LanguageSelect onchange={dispatch.reform(Action::SetLanguage)} />
                </header>
                <p class="wb-intro wb-no-print">{ &text.intro }</p>
                <p class="wb-privacy wb-no-print">{ &text.privacy }</p>
                <WorkspaceBar records={state.workspace.records.len()} firms={state.rows.len()}
                    keep={state.keep} onkeep={dispatch.reform(Action::SetKeep)}
                    onsave={save} onopen={open_workspace} onremove={remove_all} />
                <NoticeBanner notice={state.notice.clone()}
                    ondismiss={dispatch.reform(|()| Action::DismissNotice)} />
                <SectionNav current={state.section} onselect={dispatch.reform(Action::Show)} />
                { panel }
            </div>
        </ContextProvider<Words>>
    }
}

/// Today's date, for file names: `2026-12-03`.
fn today() -> String {
    crate::host::now().chars().take(10).collect()
}

/// The three files of `lang`, once all are here (English standing in for
/// any that cannot be loaded).
#[hook]
fn use_words(lang: Lang) -> Option<Words> {
    let trainer = use_part::<TrainerText>(lang, true);
    let ui = use_part::<Catalog>(lang, true);
    let assessment = use_part::<Assessment>(lang, true);
    match (trainer, ui, assessment) {
        (
            Shown::Ready {
                lang,
                text: trainer,
                ..
            },
            Shown::Ready { text: ui, .. },
            Shown::Ready {
                text: assessment, ..
            },
        ) => Some(Words {
            lang,
            trainer,
            ui,
            assessment,
        }),
        _ => None,
    }
}
