//! The sum of a question's rows of byte weights, one sum per class of both heads: the one loop
//! of a prediction that every feature of every question goes through.

/// How many byte weights (each at most 128 in size) a 16-bit sum can take: 32767 / 128.
const I16_SAFE: usize = 255;

/// How many features ahead a row is asked for: the rows are scattered over megabytes, and a
/// question's hundred-odd rows would otherwise each wait for memory in turn.
const PREFETCH_AHEAD: usize = 6;

/// Adds up, for each class, its byte weight in the row of every feature (`rows` holds a row of
/// `sums.len()` bytes per feature bucket). The classes are taken a block at a time over all the
/// features, so that their sums stay in registers instead of going to memory and back for every
/// feature; the rows come into cache on the first pass and are still there for the others.
pub(super) fn add(rows: &[u8], features: &[u32], sums: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has just been found to have AVX2.
        return unsafe { add_avx2(rows, features, sums) };
    }
    add_blocks(rows, features, sums);
}

/// `add` compiled for AVX2, which takes sixteen byte weights to 16 bits and adds them in one
/// register, with one instruction each (SSE2 needs a register per eight and a shift).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_avx2(rows: &[u8], features: &[u32], sums: &mut [i32]) {
    add_blocks(rows, features, sums);
}

/// The classes in blocks of thirty-two, sixteen, then eight, then one by one for what is left
/// (a wider block goes over the features fewer times).
#[inline(always)]
fn add_blocks(rows: &[u8], features: &[u32], sums: &mut [i32]) {
    let stride = sums.len();
    let mut from = 0;
    while from < stride {
        from += match stride - from {
            32.. => add_block::<32>(rows, features, stride, from, sums),
            16.. => add_block::<16>(rows, features, stride, from, sums),
            8.. => add_block::<8>(rows, features, stride, from, sums),
            _ => add_block::<1>(rows, features, stride, from, sums),
        };
    }
}

/// Adds the weights of classes `from..from + W` of every feature's row to their sums; returns `W`.
#[inline(always)]
fn add_block<const W: usize>(rows: &[u8], features: &[u32], stride: usize, from: usize, sums: &mut [i32]) -> usize {
    // Byte weights add up in 16 bits (twice the lanes of 32), flushed every `I16_SAFE` features,
    // before a sum could overflow: the sums are exact either way.
    for (start, chunk) in (0..).step_by(I16_SAFE).zip(features.chunks(I16_SAFE)) {
        let mut partial = [0i16; W];
        for (k, &f) in chunk.iter().enumerate() {
            if from == 0
                && let Some(&ahead) = features.get(start + k + PREFETCH_AHEAD)
            {
                prefetch(&rows[ahead as usize * stride..]);
            }
            let at = f as usize * stride + from;
            let row: &[u8; W] = rows[at..at + W].try_into().expect("W bytes");
            for (sum, &w) in partial.iter_mut().zip(row) {
                *sum += i16::from(w as i8);
            }
        }
        for (sum, part) in sums[from..from + W].iter_mut().zip(partial) {
            *sum += i32::from(part);
        }
    }
    W
}

/// Asks the processor to bring the start of `row` (its first two cache lines) into cache.
#[inline(always)]
fn prefetch(row: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        let p = row.as_ptr().cast::<i8>();
        // SAFETY: SSE is part of every x86_64 processor, and a prefetch is a hint: it reads
        // nothing the program sees and cannot fault, whatever the address.
        unsafe {
            _mm_prefetch::<_MM_HINT_T0>(p);
            _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(64));
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = row;
}
