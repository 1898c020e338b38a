// Each dataset's CSV, downloadable byte for byte as published in content/datasets/.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  return datasets.map((d) => ({ params: { id: d.id }, props: { csvFile: d.data.csvFile } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync(String(props.csvFile)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
