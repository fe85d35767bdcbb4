//! Cache hints: ask the processor to start reading memory a row is about to use, without
//! waiting for it. A hint changes nothing a program can observe but its speed.
//!
//! A bulk import touches a random customer's state per row (its windows, credit slots, pool
//! and grants, each behind a pointer): read when the row is applied, each is a wait on memory
//! in turn. Hinted a row or two ahead, stage by stage (a stage reads the pointers the stage
//! before brought in), the reads overlap the rows in between.

/// Starts reading the cache lines of `bytes` bytes at `p` (a few lines at most: callers hint
/// the fields a row reads, not whole tables).
#[inline(always)]
pub fn lines<T>(p: *const T, bytes: usize) {
    let p = p.cast::<u8>();
    let mut off = 0;
    while off < bytes {
        line(p.wrapping_add(off));
        off += 64;
    }
    // The last byte's line (the range need not start on a line).
    if bytes > 0 {
        line(p.wrapping_add(bytes - 1));
    }
}

/// Starts reading the cache lines of the value at `r`.
#[inline(always)]
pub fn value<T>(r: &T) {
    lines(r as *const T, std::mem::size_of::<T>());
}

/// Starts reading the cache lines of the items of `s` (the first `max` of them).
#[inline(always)]
pub fn slice<T>(s: &[T], max: usize) {
    lines(
        s.as_ptr(),
        std::mem::size_of_val(s).min(max * std::mem::size_of::<T>()),
    );
}

#[inline(always)]
fn line(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint to the cache: it never faults, whatever the address, and
    // reads nothing into the program (the pointer is not dereferenced).
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_never_fault_whatever_the_address() {
        lines(std::ptr::null::<u8>(), 256);
        lines(usize::MAX as *const u8, 128);
        lines(std::ptr::dangling::<u64>(), 0);
        let v = vec![1u64; 100];
        slice(&v, 4);
        slice(&v[..0], 4);
        value(&v);
        assert_eq!(v.iter().sum::<u64>(), 100);
    }
}
