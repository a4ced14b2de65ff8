//! Rendering only: each component reads the app context and dispatches
//! actions; none holds business rules.

mod about_score;
mod app;
mod band_guide;
mod choice_select;
mod dom;
mod figure_field;
mod figures_step;
mod header;
mod import_dialog;
mod import_panel;
mod invitation;
mod language_picker;
mod live_region;
mod markup;
mod module_step;
mod notices;
mod profile_step;
mod progress;
mod question_field;
mod radar_chart;
mod recommendation_view;
mod results;
mod results_actions;
mod score_bars;
mod score_table;
mod shared_banner;
mod step_heading;
mod step_nav;
mod text_field;
mod ui;
mod unanswered_summary;
mod welcome;

pub use app::{App, AppProps};
