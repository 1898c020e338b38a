// claims.csv: every claim, one row each, for spreadsheets and datasets of fact checks.
import type { APIRoute } from 'astro';
import { feedClaims } from '../data/claim-feed.ts';
import { claimsCsv } from '../lib/publishing/claims-feed.ts';

export const GET: APIRoute = async () => new Response(claimsCsv(await feedClaims()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
