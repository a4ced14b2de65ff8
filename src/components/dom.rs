use std::rc::Rc;

use yew::html::{onchange, onclick, ondragleave, ondragover, ondrop, oninput};
use yew::virtual_dom::{Key, Listener, VTag, VText};
use yew::{AttrValue, Callback, DragEvent, Event, Html, InputEvent, MouseEvent, NodeRef};

/// An interactive element, built by calls.
///
/// `html!` expands every element into its own inlined construction code
/// (about 350 bytes of wasm each), which made the views most of the app's
/// share of the bundle. These calls are shared by every element, so an
/// element costs a few instructions at its call site. Read-only text goes
/// through `Markup` instead.
///
/// The tag is boxed so that passing an element along a chain of calls
/// moves a pointer, not the whole node.
pub struct El(Box<VTag>);

/// `<tag class="class">`; an empty class adds no attribute.
#[inline(never)]
pub fn el(tag: &'static str, class: &'static str) -> El {
    let mut tag = VTag::new(AttrValue::Static(tag));
    if !class.is_empty() {
        tag.add_attribute("class", AttrValue::Static(class));
    }
    El(Box::new(tag))
}

/// A `<button type="button">` that runs `onclick`.
#[inline(never)]
pub fn button(class: &'static str, label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    el("button", class)
        .attr("type", "button")
        .text(label)
        .on_click(onclick)
        .into()
}

/// A question asked before something that cannot be undone: the question
/// and the two answers, announced as a dialog.
#[inline(never)]
pub fn confirm(label: &'static str, question: impl Into<AttrValue>, yes: Html, no: Html) -> El {
    el("div", "sr-confirm")
        .attr("role", "alertdialog")
        .attr("aria-label", label)
        .child(el("p", "").text(question))
        .child(el("div", "sr-actions").child(yes).child(no))
}

impl El {
    #[inline(never)]
    fn set(mut self, name: &'static str, value: AttrValue) -> Self {
        self.0.add_attribute(name, value);
        self
    }

    pub fn attr(self, name: &'static str, value: impl Into<AttrValue>) -> Self {
        self.set(name, value.into())
    }

    /// An attribute present only when there is a value.
    pub fn maybe(self, name: &'static str, value: Option<impl Into<AttrValue>>) -> Self {
        match value {
            Some(value) => self.set(name, value.into()),
            None => self,
        }
    }

    /// A boolean attribute such as `disabled`: present only when `on`.
    pub fn flag(self, name: &'static str, on: bool) -> Self {
        if on {
            self.set(name, AttrValue::Static(name))
        } else {
            self
        }
    }

    #[inline(never)]
    fn add(mut self, child: Html) -> Self {
        self.0.add_child(child);
        self
    }

    pub fn child(self, child: impl Into<Html>) -> Self {
        self.add(child.into())
    }

    pub fn text(self, text: impl Into<AttrValue>) -> Self {
        self.add_text(text.into())
    }

    #[inline(never)]
    fn add_text(self, text: AttrValue) -> Self {
        self.add(Html::from(VText::new(text)))
    }

    pub fn children(mut self, children: impl IntoIterator<Item = Html>) -> Self {
        for child in children {
            self = self.add(child);
        }
        self
    }

    /// The live `checked` state of a radio or checkbox.
    #[inline(never)]
    pub fn checked(mut self, checked: bool) -> Self {
        self.0.set_checked(checked);
        self
    }

    /// The live `value` of an input.
    pub fn value(self, value: impl Into<AttrValue>) -> Self {
        self.set_value(value.into())
    }

    #[inline(never)]
    fn set_value(mut self, value: AttrValue) -> Self {
        self.0.set_value(Some(value));
        self
    }

    pub fn key(mut self, key: &'static str) -> Self {
        self.0.key = Some(Key::from(key));
        self
    }

    pub fn node_ref(mut self, node_ref: NodeRef) -> Self {
        self.0.node_ref = node_ref;
        self
    }

    #[inline(never)]
    fn listen(mut self, listener: Rc<dyn Listener>) -> Self {
        self.0.add_listener(listener);
        self
    }

    pub fn on_click(self, callback: Callback<MouseEvent>) -> Self {
        self.listen(Rc::new(onclick::Wrapper::new(callback)))
    }

    pub fn on_change(self, callback: Callback<Event>) -> Self {
        self.listen(Rc::new(onchange::Wrapper::new(callback)))
    }

    pub fn on_input(self, callback: Callback<InputEvent>) -> Self {
        self.listen(Rc::new(oninput::Wrapper::new(callback)))
    }

    /// Drag over, leave and drop: the three a drop zone needs.
    pub fn on_drag(
        self,
        over: Callback<DragEvent>,
        leave: Callback<DragEvent>,
        drop: Callback<DragEvent>,
    ) -> Self {
        self.listen(Rc::new(ondragover::Wrapper::new(over)))
            .listen(Rc::new(ondragleave::Wrapper::new(leave)))
            .listen(Rc::new(ondrop::Wrapper::new(drop)))
    }
}

impl From<El> for Html {
    #[inline(never)]
    fn from(element: El) -> Html {
        Html::from(*element.0)
    }
}
