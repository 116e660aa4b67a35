import type { Signal } from '../types.ts';
import { aboutAPerson } from './about-a-person.ts';
import { adWording } from './ad-wording.ts';
import { benefitClaim } from './benefit-claim.ts';
import { affiliateLink } from './affiliate-link.ts';
import { callToAction } from './call-to-action.ts';
import { closingPlug } from './closing-plug.ts';
import { copywritingRegister } from './copywriting-register.ts';
import { couponCode } from './coupon-code.ts';
import { hookQuestion } from './hook-question.ts';
import { labelHeading } from './label-heading.ts';
import { marketingPraise } from './marketing-praise.ts';
import { newsRegister } from './news-register.ts';
import { offTopic } from './off-topic.ts';
import { pageSubject } from './page-subject.ts';
import { persuasiveSecondPerson } from './persuasive-second-person.ts';
import { priceOffer } from './price-offer.ts';
import { productDescribed } from './product-described.ts';
import { productNaming } from './product-naming.ts';
import { quotation } from './quotation.ts';
import { readerAdvised } from './reader-advised.ts';
import { segue } from './segue.ts';
import { standsOut } from './stands-out.ts';

/** Every promotion signal. The order is the order of the fitted weight vector's entries (matched by id). */
export const SIGNALS: readonly Signal[] = [
  callToAction,
  priceOffer,
  couponCode,
  productNaming,
  persuasiveSecondPerson,
  marketingPraise,
  offTopic,
  labelHeading,
  affiliateLink,
  closingPlug,
  newsRegister,
  quotation,
  standsOut,
  segue,
  copywritingRegister,
  hookQuestion,
  aboutAPerson,
  readerAdvised,
  benefitClaim,
  pageSubject,
  productDescribed,
  adWording,
];
