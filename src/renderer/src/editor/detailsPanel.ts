/**
 * The story details dock beside the body when the editor pane has room for both: a body of at least
 * 560 px (a comfortable line of copy) plus the 18rem panel and the margins. Below that they lie over it.
 */
export const ROOM_FOR_DOCKED_DETAILS_PX = 900;

/** The writer's last open-or-close, and whether the pane had room for the panel when they chose. */
export interface DetailsChoice {
  open: boolean;
  roomy: boolean;
}

/** Open by default exactly when docked; a writer's choice holds until the pane gains or loses the room. */
export function detailsOpen(choice: DetailsChoice | null, roomy: boolean): boolean {
  return choice !== null && choice.roomy === roomy ? choice.open : roomy;
}
