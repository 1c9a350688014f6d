// Colours: one per entity class (fixed for the ontology's classes so a class
// keeps its colour across graphs, hashed for others), and per theme.

const CLASS_COLORS: Record<string, string> = {
  Person: '#d9485f',
  Group: '#e07b91',
  Organization: '#3f6fd1',
  Company: '#1f4fb5',
  Platform: '#6c4fd6',
  Court: '#0f7b8a',
  GovernmentAgency: '#2c8f6b',
  PoliticalParty: '#7a9a1f',
  MediaOrganization: '#4aa3df',
  Place: '#c7831a',
  City: '#e09a2b',
  Country: '#a66a10',
  Region: '#d4b01e',
  Building: '#8a6d4a',
  Facility: '#a0522d',
  Product: '#9c3fb8',
  Event: '#c2406a',
  Thing: '#7d8792',
};
const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324', '#469990'];

export function classColor(cls: string): string {
  const fixed = CLASS_COLORS[cls];
  if (fixed !== undefined) return fixed;
  let h = 0;
  for (let i = 0; i < cls.length; i++) h = (h * 31 + cls.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length] ?? '#7d8792';
}

export interface ThemeColors {
  background: string;
  label: string;
  edge: string;
  claim: string;
  dim: string;
  dimEdge: string;
}

export const THEMES: Record<'light' | 'dark', ThemeColors> = {
  light: { background: '#ffffff', label: '#1d232b', edge: '#9aa3ad', claim: '#d9822b', dim: '#e3e6ea', dimEdge: '#eef0f2' },
  dark: { background: '#15181c', label: '#e6e9ed', edge: '#5c6670', claim: '#ffae5c', dim: '#2b3036', dimEdge: '#23272c' },
};
