/** The namespace of NewsML-G2 and the other IPTC G2 standards: "NAR", the News Architecture. */
export const NAR_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';
