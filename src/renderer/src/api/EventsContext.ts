import { createContext, useContext, useEffect, useRef } from 'react';
import type { CopydeskEvents, MenuCommand } from '@shared/contract/menuCommands';

/** Where there is no application menu (the browser harness, most tests), no command ever comes. */
export const NO_EVENTS: CopydeskEvents = { onMenuCommand: () => () => undefined };

export const EventsContext = createContext<CopydeskEvents>(NO_EVENTS);

/** Runs `handler` whenever the user chooses `command` in the application menu. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const events = useContext(EventsContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      events.onMenuCommand((chosen) => {
        if (chosen === command) latest.current();
      }),
    [events, command],
  );
}
