use super::Make;
use crate::domain::record::Wave;
use crate::domain::workbench::export::{
    ExportColumn, ExportWords, FORMULA_STARTS, Label, escape, export_csv,
};
use crate::domain::workbench::firms::{Adjustments, group};
use crate::domain::workbench::flags::Flag;
use crate::domain::workbench::screen::{Chip, Filter, Sort, visible};

/// English words, as a catalog would give them; a title starting like a
/// formula, as a careless translation might.
struct English;

impl ExportWords for English {
    fn title(&self, column: ExportColumn) -> String {
        match column {
            ExportColumn::Flags => "-flags-".into(),
            other => format!("{other:?}"),
        }
    }

    fn label(&self, label: Label) -> String {
        format!("{label:?}")
    }

    fn chip(&self, chip: &Chip) -> String {
        match chip {
            Chip::Size(size) => format!("size {size}"),
            other => format!("={other:?}"),
        }
    }

    fn flag(&self, flag: &Flag) -> String {
        match flag {
            Flag::SizeOutside { size } => format!("size outside 50-250 ({size})"),
            Flag::NoFigures => "no figures tracked".into(),
            other => format!("{other:?}"),
        }
    }
}

fn read_back(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_cell_starting_like_a_formula_is_escaped() {
    for start in FORMULA_STARTS {
        let text = format!("{start}SUM(A1:A9)");
        assert_eq!(escape(&text), format!("'{text}"), "{start:?}");
    }
    for safe in ["Acme", "", " =not first", "'quoted", "50-99", "<b>x</b>"] {
        assert_eq!(escape(safe), safe);
    }
}

#[test]
fn the_export_reads_back_with_its_header_line_titles_and_rows() {
    let names = [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1 Garments",
        "-2 Garments",
        "@SUM(A1)",
        "\u{0}Nul",
        "<b>Bold</b> & \"Co\"",
    ];
    let records: Vec<_> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut firm = Make::new(&format!("r{i}")).org(name);
            if i == 0 {
                firm = firm
                    .size(Some("over-500"))
                    .untracked()
                    .wave(Some(Wave::Baseline));
            }
            firm.done()
        })
        .collect();
    let rows = group(&records, &Adjustments::default());
    let sort = Sort::default();
    let filter = Filter::default();
    let shown = visible(&rows, &filter, sort);
    let text = export_csv(&rows, &shown, &filter, "2026-12-03", &English);
    let lines = read_back(&text);

    assert_eq!(
        lines[0],
        [
            "Exported",
            "2026-12-03",
            "Filters",
            "NoFilters",
            "Version",
            env!("CARGO_PKG_VERSION")
        ]
    );
    assert_eq!(lines[1].len(), ExportColumn::ALL.len());
    assert_eq!(lines[1][0], "Key");
    assert_eq!(lines[1][18], "'-flags-");
    assert_eq!(lines.len(), 2 + names.len());

    let by_name = |name: &str| {
        lines[2..]
            .iter()
            .find(|l| l[1] == name)
            .unwrap_or_else(|| panic!("{name:?} in {lines:?}"))
    };
    for name in &names[..5] {
        by_name(&format!("'{name}"));
    }
    let html = by_name("<b>Bold</b> & \"Co\"");
    assert_eq!(html[0], "name:b bold b", "`Co` is a legal form");
    let formula = by_name("'=HYPERLINK(\"http://x\",\"y\")");
    assert_eq!(
        formula[2..11],
        [
            "garments-textiles",
            "over-500",
            "1",
            "0",
            "0",
            "1",
            "0",
            "0",
            "baseline"
        ]
    );
    assert_eq!(formula[11..17], ["50.0"; 6]);
    assert_eq!(formula[17], "m2");
    assert_eq!(
        formula[18],
        "size outside 50-250 (over-500); no figures tracked"
    );
    // Rows in screen order.
    let keys: Vec<&str> = lines[2..].iter().map(|l| l[0].as_str()).collect();
    let expected: Vec<&str> = shown.iter().map(|&i| rows[i].key.as_str()).collect();
    assert_eq!(keys, expected);
}

#[test]
fn the_header_line_lists_the_filters_escaped() {
    let records = [Make::new("a").org("A").done()];
    let rows = group(&records, &Adjustments::default());
    let mut filter = Filter::default();
    filter.sizes.insert("50-99".into());
    filter.score = Some((10.0, 90.0));
    let shown = visible(&rows, &filter, Sort::default());
    let lines = read_back(&export_csv(&rows, &shown, &filter, "today", &English));
    assert_eq!(
        lines[0][3], "size 50-99; =Score { min: 10.0, max: 90.0 }",
        "only the cell's first character matters"
    );
    assert_eq!(lines.len(), 3, "the one firm is in the filter");
}

#[test]
fn any_table_reads_back_with_its_formula_cells_escaped() {
    let lines = vec![
        vec!["Class".to_owned(), "Firm".to_owned()],
        vec!["M2 Quality, 1".to_owned(), "=HYPERLINK(\"x\")".to_owned()],
        vec!["M3 \"Cleaner\"".to_owned(), "<b>Acme</b>\nLtd".to_owned()],
    ];
    let back = read_back(&crate::domain::workbench::table_csv(&lines));
    assert_eq!(back[0], lines[0]);
    assert_eq!(back[1][1], "'=HYPERLINK(\"x\")");
    assert_eq!(
        back[2], lines[2],
        "quotes, commas, markup and line breaks survive"
    );
}
