import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Détente',
  description: 'News articles as a timeline of dated events and a network of relations between actors.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
