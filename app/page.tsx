import Link from "next/link";

export default function HomePage() {
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-sky-950 px-8 py-12 text-white">
        <h1 className="text-3xl">Secure cameras start with the installer.</h1>
        <p className="mt-3 max-w-2xl text-sky-100">
          Two-day courses, hands-on labs on simulated network cameras in your browser, and certification exams with certificates anyone can
          verify.
        </p>
        <div className="mt-6 flex gap-3">
          <Link href="/sign-up" className="btn bg-amber-400 text-slate-900 hover:bg-amber-300">
            Create an account
          </Link>
          <Link href="/courses" className="btn-secondary">
            Browse courses
          </Link>
        </div>
      </section>
      <section className="grid gap-4 md:grid-cols-3">
        <div className="card">
          <h2>Learn</h2>
          <p className="mt-2 text-sm">
            No default admin, strong passwords, UPnP off, signed firmware, 802.1X, signed video, SBOMs and IEC 62443.
          </p>
        </div>
        <div className="card">
          <h2>Practise</h2>
          <p className="mt-2 text-sm">
            A real shell next to factory-fresh simulated cameras. Harden them; automated checks grade every step.
          </p>
        </div>
        <div className="card">
          <h2>Certify</h2>
          <p className="mt-2 text-sm">
            Timed exams with a practical part, and signed, expiring certificates with a public verification link.
          </p>
        </div>
      </section>
    </div>
  );
}
