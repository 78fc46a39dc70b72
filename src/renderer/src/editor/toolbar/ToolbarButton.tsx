import { ariaKeyShortcuts, shortcutLabel } from './shortcutLabel';

interface ToolbarButtonProps {
  label: string;
  className: string;
  shortcut?: string;
  pressed?: boolean;
  expanded?: boolean;
  active?: boolean;
  disabled: boolean;
  onRun: () => void;
}

export function ToolbarButton({
  label,
  className,
  shortcut,
  pressed,
  expanded,
  active,
  disabled,
  onRun,
}: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={`format-button ${className}`}
      title={shortcut ? `${label} (${shortcutLabel(shortcut)})` : label}
      aria-keyshortcuts={shortcut ? ariaKeyShortcuts(shortcut) : undefined}
      aria-pressed={pressed}
      aria-expanded={expanded}
      data-active={active}
      disabled={disabled}
      // Keeping focus in the body keeps its selection, so typing right after a click lands formatted.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onRun}
    >
      {label}
    </button>
  );
}
