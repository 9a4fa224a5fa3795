import { VerifyForm } from "./verify-form";

export const metadata = { title: "Verify a credential" };

export default function VerifyPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1>Verify a credential</h1>
      <p className="text-sm text-slate-600">
        Paste a Cyberwall Academy credential (a VC-JWT, the text starting with <code>eyJ</code>), or drop the file you were given: the{" "}
        <code>.jwt</code> or wallet <code>.json</code>, a baked badge image (PNG or SVG) or the certificate PDF. Nothing is stored.
      </p>
      <VerifyForm />
    </div>
  );
}
