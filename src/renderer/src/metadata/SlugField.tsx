import { slugify } from '@shared/story/slugify';
import { TextField } from '../common/TextField';
import { parseSlug } from './slugText';
import { useValidatedText } from './useValidatedText';

interface SlugFieldProps {
  slug: string;
  headline: string;
  readOnly: boolean;
  onChange: (slug: string) => void;
}

/** The slug follows the headline until the writer types their own; the button goes back to following. */
export function SlugField({ slug, headline, readOnly, onChange }: SlugFieldProps) {
  const field = useValidatedText(slug, parseSlug, onChange);
  const derived = slugify(headline);
  const following = !field.note && slug === derived;

  return (
    <TextField
      className="slug-field"
      label="Slug"
      value={field.text}
      placeholder={derived || 'from-the-headline'}
      readOnly={readOnly}
      maxLength={120}
      spellCheck={false}
      note={field.note ?? (following && slug ? { text: 'Follows the headline', kind: 'hint' } : null)}
      onChange={field.onChange}
      action={
        !readOnly && (
          <button
            type="button"
            className="quiet field-action"
            aria-label="Derive slug from headline"
            title="Derive slug from headline"
            disabled={following}
            onClick={() => field.onChange(derived)}
          >
            <span aria-hidden="true">↺</span>
          </button>
        )
      }
    />
  );
}
