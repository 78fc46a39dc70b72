import type { Channel } from '@shared/contract/channels';
import type { ContractOutput, ParsedInput } from '@shared/contract/contract';

/** One function per contract entry, given an input its schema has already accepted. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<ContractOutput<C>> };
