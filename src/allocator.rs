//! A small memory allocator for the widget's wasm.
//!
//! Rust's default allocator on wasm (dlmalloc) is about 5 KB of code, 2 KB
//! of the gzip budget. The widget allocates little and lives on one thread,
//! so size classes do: every block is a power of two from 16 bytes up,
//! freed blocks wait on their class's list for the next request of that
//! class, and new blocks are cut from pages the memory grows by. Memory is
//! never returned to the browser, as with dlmalloc on wasm; blocks waste at
//! most half their size.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

const MIN_CLASS: u32 = 4; // 16 bytes
const CLASSES: usize = 27; // up to 2^30 bytes
const PAGE: usize = 65536;

/// Where new memory comes from: on wasm, `memory.grow`; in tests, a buffer.
pub trait Pages {
    /// Adds `count` pages; returns the address of the first, or `None`.
    fn grow(&mut self, count: usize) -> Option<usize>;
}

/// The allocator's state: a free list per size class and the unused tail
/// of the last pages grown.
pub struct Heap<P> {
    free: [usize; CLASSES],
    next: usize,
    end: usize,
    pages: P,
}

/// The class of a block for `layout`: the smallest power of two that holds
/// the size and meets the alignment (blocks are aligned to their size).
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    let bits = usize::BITS - (size - 1).leading_zeros();
    let index = (bits - MIN_CLASS) as usize;
    (index < CLASSES).then_some(index)
}

fn class_size(index: usize) -> usize {
    1 << (index as u32 + MIN_CLASS)
}

impl<P: Pages> Heap<P> {
    pub const fn new(pages: P) -> Self {
        Self {
            free: [0; CLASSES],
            next: 0,
            end: 0,
            pages,
        }
    }

    pub fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let Some(index) = class(layout) else {
            return null_mut();
        };
        let head = self.free[index];
        if head != 0 {
            // SAFETY: a free block of this class stores the next free
            // block's address in its first word (see `dealloc`).
            self.free[index] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = class_size(index);
        loop {
            let fits = self
                .next
                .checked_next_multiple_of(size)
                .and_then(|start| Some((start, start.checked_add(size)?)))
                .filter(|&(_, end)| end <= self.end);
            if let Some((start, end)) = fits {
                self.next = end;
                return start as *mut u8;
            }
            // Pages come after the ones before (wasm memory only grows),
            // so the tail left here is kept and the block fits eventually.
            let count = size.div_ceil(PAGE) + 1;
            let Some(base) = self.pages.grow(count) else {
                return null_mut();
            };
            if base != self.end {
                self.next = base;
            }
            self.end = base + count * PAGE;
        }
    }

    /// # Safety
    /// `ptr` came from `alloc` on this heap with the same `layout`.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        if let Some(index) = class(layout) {
            // SAFETY: the block is at least 16 bytes and aligned to its
            // size, so its first word can hold the list link.
            unsafe { *(ptr as *mut usize) = self.free[index] };
            self.free[index] = ptr as usize;
        }
    }

    /// # Safety
    /// As `dealloc`; `new_size`, with `layout`'s alignment, is a valid layout.
    pub unsafe fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        if class(layout) == class(new_layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            // SAFETY: both blocks are live and distinct; the copy is the
            // smaller of the two sizes.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

/// The wasm memory itself.
pub struct WasmPages;

impl Pages for WasmPages {
    #[cfg(target_arch = "wasm32")]
    fn grow(&mut self, count: usize) -> Option<usize> {
        let previous = core::arch::wasm32::memory_grow(0, count);
        (previous != usize::MAX).then(|| previous * PAGE)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn grow(&mut self, _count: usize) -> Option<usize> {
        None
    }
}

/// The global allocator: one heap, on the one thread wasm runs the widget on.
pub struct Allocator(UnsafeCell<Heap<WasmPages>>);

// SAFETY: the widget's wasm has a single thread; nothing shares the heap.
unsafe impl Sync for Allocator {}

impl Allocator {
    pub const fn new() -> Self {
        Self(UnsafeCell::new(Heap::new(WasmPages)))
    }
}

impl Default for Allocator {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: blocks never overlap (each is cut once from fresh pages and only
// reused after it is freed) and are aligned to their power-of-two size,
// which covers the layout's alignment.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: single thread, and no call re-enters the allocator.
        unsafe { (*self.0.get()).alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above; the caller passes a block from `alloc`.
        unsafe { (*self.0.get()).dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        unsafe { (*self.0.get()).realloc(ptr, layout, new_size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pages from a buffer that never moves, as wasm memory only grows.
    struct TestPages {
        buffer: Vec<u8>,
        used: usize,
    }

    impl TestPages {
        fn new(pages: usize) -> Self {
            Self {
                buffer: vec![0; (pages + 1) * PAGE],
                used: 0,
            }
        }
    }

    impl Pages for TestPages {
        fn grow(&mut self, count: usize) -> Option<usize> {
            let base = (self.buffer.as_ptr() as usize).next_multiple_of(PAGE) + self.used * PAGE;
            let limit = self.buffer.as_ptr() as usize + self.buffer.len();
            (base + count * PAGE <= limit).then(|| {
                self.used += count;
                base
            })
        }
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).expect("valid layout")
    }

    #[test]
    fn blocks_are_aligned_distinct_and_writable() {
        let mut heap = Heap::new(TestPages::new(64));
        let mut blocks = Vec::new();
        for (i, size) in [1, 7, 16, 17, 100, 1000, 5000, 70_000, 3]
            .into_iter()
            .enumerate()
        {
            for align in [1, 8, 64] {
                let l = layout(size, align);
                let p = heap.alloc(l);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0);
                unsafe { std::ptr::write_bytes(p, i as u8, size) };
                blocks.push((p, l, i as u8));
            }
        }
        for (p, l, fill) in &blocks {
            let bytes = unsafe { std::slice::from_raw_parts(*p, l.size()) };
            assert!(bytes.iter().all(|b| b == fill), "a block was overwritten");
        }
    }

    #[test]
    fn a_freed_block_is_reused_by_the_next_request_of_its_class() {
        let mut heap = Heap::new(TestPages::new(4));
        let a = heap.alloc(layout(24, 8));
        unsafe { heap.dealloc(a, layout(24, 8)) };
        assert_eq!(heap.alloc(layout(30, 8)), a);
        assert_ne!(heap.alloc(layout(30, 8)), a);
    }

    #[test]
    fn realloc_keeps_the_contents_and_grows_in_place_within_a_class() {
        let mut heap = Heap::new(TestPages::new(8));
        let l = layout(20, 4);
        let p = heap.alloc(l);
        unsafe { std::ptr::copy_nonoverlapping(b"twenty bytes of text".as_ptr(), p, 20) };
        assert_eq!(unsafe { heap.realloc(p, l, 30) }, p);
        let moved = unsafe { heap.realloc(p, layout(30, 4), 5000) };
        assert_ne!(moved, p);
        let text = unsafe { std::slice::from_raw_parts(moved, 20) };
        assert_eq!(text, b"twenty bytes of text");
    }

    #[test]
    fn running_out_of_memory_returns_null_instead_of_overlapping() {
        let mut heap = Heap::new(TestPages::new(3));
        assert!(!heap.alloc(layout(60_000, 8)).is_null());
        assert!(heap.alloc(layout(200_000, 8)).is_null());
        assert!(heap.alloc(layout(1 << 40, 8)).is_null());
    }

    #[test]
    fn churn_never_hands_out_a_live_block() {
        let mut heap = Heap::new(TestPages::new(256));
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        let mut seed = 12345u32;
        for step in 0..20_000u32 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            if live.len() >= 300 || (live.len() > 50 && seed.is_multiple_of(3)) {
                let (p, l, fill) = live.swap_remove((seed as usize / 7) % live.len());
                let bytes = unsafe { std::slice::from_raw_parts(p, l.size()) };
                assert!(bytes.iter().all(|b| *b == fill));
                unsafe { heap.dealloc(p, l) };
            } else {
                let l = layout(1 + (seed as usize >> 8) % 3000, 8);
                let p = heap.alloc(l);
                assert!(!p.is_null());
                let fill = step as u8;
                unsafe { std::ptr::write_bytes(p, fill, l.size()) };
                live.push((p, l, fill));
            }
        }
    }
}
