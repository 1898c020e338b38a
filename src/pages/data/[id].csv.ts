// Each dataset's CSV, downloadable byte for byte as published in content/datasets/.
import { readFileSync, statSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  // The file's size and time as cacheKey: an incremental rebuild copies an unchanged file from the last build (the
  // rows' digest alone would miss an edit that changes the bytes, not the values, and the file is served byte for byte).
  return datasets.map((d) => {
    const { size, mtimeMs } = statSync(d.data.csvFile);
    return { params: { id: d.id }, props: { csvFile: d.data.csvFile }, cacheKey: `${size}:${mtimeMs}` };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync(String(props.csvFile)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
