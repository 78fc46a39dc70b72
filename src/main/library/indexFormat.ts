/** The version of index.json's layout; a library written by a newer one is rebuilt from its story files. */
export const INDEX_FORMAT = 1;
