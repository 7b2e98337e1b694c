import type {
  AfterSales,
  Conversation,
  Message,
  Order,
  Presence,
  QuickReply,
  ServiceSettings,
  AuditEntry,
  Brand,
  DictionaryEntry,
  MemberStatus,
  ModerationItem,
  Product,
  ProductImport,
  Role,
  Store,
  UploadedFile,
  VerificationApplication,
} from '../../src/api';

/**
 * A person who can sign in. Brand staff are also the brand's team members (see toTeamMember);
 * moderators belong to no brand. `password` is the plain demo password: this is a mock, and a
 * hash would only hide from a reader what the seed accounts sign in with.
 */
export interface PlatformUser {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  email: string;
  name: string;
  role: Role;
  brandId: string | null;
  status: MemberStatus;
  /** null until an invited member has chosen one: they cannot sign in yet. */
  password: string | null;
  lastSignInAt: string | null;
}

/** The token is the id, so a lookup by bearer token is a lookup by id. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** Consecutive failed sign-ins per email (the id), and the lock they led to. */
export interface SignInFailure {
  id: string;
  count: number;
  lockedUntil: string | null;
}

export interface PlatformData {
  brands: Brand[];
  users: PlatformUser[];
  products: Product[];
  sessions: SessionRecord[];
  signInFailures: SignInFailure[];
  dictionaryEntries: DictionaryEntry[];
  moderationItems: ModerationItem[];
  /** Append-only: no handler ever saves over or removes an entry. */
  auditLog: AuditEntry[];
  /** One per brand, with the brand's id. */
  verificationApplications: VerificationApplication[];
  /** One per brand, with the brand's id. */
  stores: Store[];
  files: StoredFile[];
  productImports: StoredImport[];
  conversations: Conversation[];
  /** Immutable once written. */
  messages: Message[];
  /** Who is viewing or typing where; rows past their time to live are ignored and swept. */
  presence: StoredPresence[];
  orders: StoredOrder[];
  afterSales: AfterSales[];
  /** One per brand, with the brand's id. */
  serviceSettings: ServiceSettings[];
  quickReplies: QuickReply[];
}

/** id: `<conversationId>:<userId>`, one row per person and conversation. */
export interface StoredPresence extends Presence {
  id: string;
  brandId: string;
}

/** The platform keeps the buyer's contact details in full; the API answers them masked unless revealed. */
export interface StoredOrder extends Order {
  buyerPhone: string;
  buyerAddress: string;
}

/** An upload and who may use it: only the uploading brand's records may refer to it. */
export interface StoredFile extends UploadedFile {
  brandId: string;
}

/** An import job and the products its valid rows make, kept aside until the commit completes. */
export interface StoredImport extends ProductImport {
  pending: Product[];
  /** When the commit started, so progress follows the clock (the mock has no worker thread). */
  commitStartedAt: string | null;
}
