use std::rc::Rc;

use yew::prelude::*;

use crate::domain::workbench::{ImportLine, Outcome};
use crate::i18n::fill;
use crate::trainer::sentences;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct ImportReportProps {
    /// Newest first.
    pub report: Rc<Vec<ImportLine>>,
}

/// Lines listed before "show all": an association's export of thousands of
/// lines would otherwise put thousands of rows on the page at once.
pub const FIRST_LINES: usize = 200;

/// One line per file or line of the last import: accepted, already loaded
/// (counted once), or refused with its reason. Names show literally.
#[component]
pub fn ImportReport(props: &ImportReportProps) -> Html {
    let all = use_state(|| false);
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.collect;
    let count = |which: fn(&Outcome) -> bool| {
        props
            .report
            .iter()
            .filter(|line| which(&line.outcome))
            .count()
            .to_string()
    };
    let summary = fill(
        &text.report_summary,
        &[
            (
                "accepted",
                &count(|o| matches!(o, Outcome::Accepted { .. })),
            ),
            (
                "duplicates",
                &count(|o| matches!(o, Outcome::Duplicate { .. })),
            ),
            ("refused", &count(|o| matches!(o, Outcome::Refused(_)))),
        ],
    );
    let shown = if *all {
        props.report.len()
    } else {
        FIRST_LINES
    };
    let show_all = Callback::from(move |_: MouseEvent| all.set(true));
    let line = |line: &ImportLine| {
        let class = match line.outcome {
            Outcome::Accepted { .. } => "wb-accepted",
            Outcome::Duplicate { .. } => "wb-duplicate",
            Outcome::Refused(_) => "wb-refused",
        };
        html! {
            <tr class={class}>
                <td>{ sentences::origin(&words, &line.origin) }</td>
                <td>{ sentences::outcome(&words, &line.outcome) }</td>
            </tr>
        }
    };
    html! {
        <section class="wb-report" aria-labelledby="wb-report-title">
            <h3 id="wb-report-title">{ &text.report_title }</h3>
            if props.report.is_empty() {
                <p>{ &text.report_empty }</p>
            } else {
                <p class="wb-report-summary" role="status">{ summary }</p>
                <div class="wb-scroll">
                    <table>
                        <thead><tr>
                            <th scope="col">{ &text.source }</th>
                            <th scope="col">{ &text.outcome }</th>
                        </tr></thead>
                        <tbody>{ for props.report.iter().take(shown).map(line) }</tbody>
                    </table>
                </div>
                if shown < props.report.len() {
                    <button type="button" onclick={show_all}>
                        { fill(&text.report_more, &[("count", &props.report.len().to_string())]) }
                    </button>
                }
            }
        </section>
    }
}
