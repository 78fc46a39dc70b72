export const NEWSML_G2_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';
