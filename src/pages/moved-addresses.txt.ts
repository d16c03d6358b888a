import type { APIRoute } from 'astro';
import { movedAddresses, movedAddressesText } from '../lib/moved-addresses';

/** /moved-addresses.txt: old addresses and their new ones, for operators who want redirects. */
export const GET: APIRoute = ({ locals: { site, url } }) =>
  new Response(
    movedAddressesText(
      movedAddresses(site.routes).map(({ from, to }) => ({ from: url(from), to: url(to) })),
    ),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
