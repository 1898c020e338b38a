// Each dataset's CSV, downloadable as published in content/datasets/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  return datasets.map((d) => ({ params: { id: d.id }, props: { csv: d.data.csv } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(String(props.csv), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
