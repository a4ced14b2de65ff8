//! Writing the JSON form, field by field in the documented order.

use super::Record;
use crate::domain::json::Writer;

pub(super) fn to_json(record: &Record) -> String {
    let mut w = Writer::pretty();
    w.open('{');
    w.key("schema");
    w.uint(u64::from(record.schema));
    w.key("instrument");
    w.string(record.instrument.version);
    w.key("lang");
    w.string(record.lang.code());
    w.key("timestamp");
    w.string(&record.timestamp);

    let profile = &record.profile;
    w.key("profile");
    w.open('{');
    w.key("organisation");
    w.string(&profile.organisation);
    w.key("sector");
    choice(&mut w, profile.sector.as_deref());
    w.key("size");
    choice(&mut w, profile.size.as_deref());
    w.key("country");
    w.string(&profile.country);
    w.key("role");
    choice(&mut w, profile.role.as_deref());
    w.key("priorities");
    w.open('[');
    for id in &profile.priorities {
        w.item();
        w.string(id);
    }
    w.close(']');
    w.close('}');

    w.key("answers");
    w.open('{');
    for id in record.given_by_id(false) {
        if let Some(answer) = record.answer(id) {
            w.key(id);
            answer.write_json(&mut w);
        }
    }
    w.close('}');
    w.key("figures");
    w.open('{');
    for id in record.given_by_id(true) {
        if let Some(figure) = record.figure(id) {
            w.key(id);
            figure.write_json(&mut w);
        }
    }
    w.close('}');
    w.close('}');
    w.finish()
}

fn choice(w: &mut Writer, id: Option<&str>) {
    match id {
        Some(id) => w.string(id),
        None => w.null(),
    }
}
