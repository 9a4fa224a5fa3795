import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="card max-w-lg">
      <h1>403 — Not allowed</h1>
      <p className="mt-2">Your account does not have access to this page.</p>
      <p className="mt-4">
        <Link href="/dashboard">Back to your dashboard</Link>
      </p>
    </div>
  );
}
