import { miniSearchEngine } from '../../../../src/main/search/engine/miniSearchEngine';
import { describeSearchEngine } from './searchEngineSuite';

describeSearchEngine(miniSearchEngine);
