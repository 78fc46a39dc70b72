import type { Channel } from './channels';
import { CHANNELS } from './channels';
import type { ContractInput, ContractOutput } from './contract';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C extends string, D extends string> = C extends `${D}:${infer A}` ? A : never;

export type Call<C extends Channel> = (input: ContractInput<C>) => Promise<Result<ContractOutput<C>>>;

/** `window.copydesk`: one method per contract entry, grouped by domain, e.g. `copydesk.story.save(...)`. */
export type CopydeskApi = {
  [D in DomainOf<Channel>]: { [A in ActionOf<Channel, D>]: Call<Extract<`${D}:${A}`, Channel>> };
};

export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/** Builds the API from a transport; only the contract's channels are ever reachable through it. */
export function buildApi(transport: Transport): CopydeskApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNELS) {
    const [domain, action] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][action] = (input: unknown) => transport(channel, input ?? {});
  }
  for (const domain of Object.values(api)) Object.freeze(domain);
  return Object.freeze(api) as unknown as CopydeskApi;
}
