// Stage 8 (placeholder).
import type { Evidence } from './types';
export function attributeQuotes(..._args: unknown[]): Map<number, Evidence[]> { return new Map(); }
